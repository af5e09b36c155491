import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout } from '@/features/auth/api/logout';
import { ActingForSwitcher } from '@/features/auth/components/ActingForSwitcher';
import { SessionExpiryWarning } from '@/features/auth/components/SessionExpiryWarning';
import { roleLabels } from '@/features/auth/model/roleLabels';
import { type Session } from '@/contract/auth';
import { DemoNotices } from '@/features/demoControl/components/DemoNotices';
import { useActionableVerificationCount } from '@/features/verification/components/VerificationNotices';
import { checkCapability } from '@/domain/capabilities';
import { menuGroupKeys, navigationFor, selectedKeyFor } from './navigation';
import { PLATFORM_NAME, RouteTrail } from './RouteTrail';
import { PageSuspense } from './PageSuspense';
import { SlowRequestNotice } from './SlowRequestNotice';
import { StorageWarning } from './StorageWarning';
import { useStanding } from './useStanding';
import { actorOf, currentEnterprise } from './actor';
import { LetterheadContext } from '@/components/print/letterhead';
import { paths } from '@/lib/paths';

/** The signed-in app: header with the enterprise and user, navigation, and the page. */
export function ShellLayout({ session }: { session: Session }) {
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const role = session.user.role;
  const { standing } = useStanding(role !== 'customs');
  const actor = actorOf(session);
  const enterprise = currentEnterprise(session);
  const letterhead = useMemo(
    () =>
      enterprise && {
        enterpriseName: enterprise.nameCn,
        uscc: enterprise.uscc,
        filingNo: standing?.filingNo ?? null,
      },
    [enterprise, standing?.filingNo],
  );
  // New and returned verification records, counted in the navigation so no deadline is missed.
  const verifying =
    role !== 'customs' && standing !== undefined && checkCapability(standing, 'verification', actor).ok;
  const verificationCount = useActionableVerificationCount(verifying);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}
      >
        <Link
          to={paths.home()}
          style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}
        >
          {PLATFORM_NAME}
          {role === 'customs' ? ' · 海关模拟审核台' : ''}
        </Link>
        <Space size="middle" style={{ color: '#fff' }} wrap>
          {role === 'agency' ? (
            <ActingForSwitcher session={session} />
          ) : (
            session.enterprise && <span>{session.enterprise.nameCn}</span>
          )}
          <span>
            {session.user.displayName}（{roleLabels[role]}）
          </span>
          {__SIMULATOR__ && (
            <Link to={paths.demo()} style={{ color: '#fff' }}>
              演示数据管理
            </Link>
          )}
          <Button
            size="small"
            loading={logout.isPending}
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => void navigate(paths.login(), { replace: true }) })
            }
          >
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} theme="light" breakpoint="md" collapsedWidth={0}>
          <nav aria-label="主导航">
            <Menu
              mode="inline"
              selectedKeys={[selectedKeyFor(location.pathname, role)]}
              defaultOpenKeys={menuGroupKeys}
              items={navigationFor(role, standing, actor, { verifications: verificationCount })}
              style={{ height: '100%' }}
            />
          </nav>
        </Layout.Sider>
        {/* antd renders Layout.Content as the page's one <main> landmark. */}
        <Layout.Content style={{ padding: 24 }}>
          <div>
            <StorageWarning />
            <SlowRequestNotice />
            {__SIMULATOR__ && <DemoNotices />}
            <RouteTrail />
            <PageSuspense>
              <LetterheadContext value={letterhead}>
                <Outlet context={session} />
              </LetterheadContext>
            </PageSuspense>
          </div>
          {__SIMULATOR__ && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 32, fontSize: 12 }}>
              演示环境：海关服务为浏览器内模拟，数据仅保存在本浏览器中。
            </Typography.Paragraph>
          )}
        </Layout.Content>
      </Layout>
      <SessionExpiryWarning session={session} />
    </Layout>
  );
}
