import { Layout, Menu, Typography } from 'antd';
import { useMemo } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useNarrowScreen } from '@/components/useNarrowScreen';
import { SessionExpiryWarning } from '@/features/auth/components/SessionExpiryWarning';
import type { Role, Session } from '@/contract/auth';
import { DemoNotices } from '@/features/demoControl/components/DemoNotices';
import { useActionableVerificationCount } from '@/features/verification/components/VerificationNotices';
import { checkCapability, type Actor, type EnterpriseStanding } from '@/domain/capabilities';
import { LetterheadContext } from '@/components/print/letterhead';
import { menuGroupKeys, navigationFor, selectedKeyFor } from './navigation';
import { PageFrame } from './PageFrame';
import { usePreloadedMenuPages } from './preloadPages';
import { PageSuspense } from './PageSuspense';
import { ActingForBar, ShellHeader } from './ShellHeader';
import { SlowRequestNotice } from './SlowRequestNotice';
import { StorageWarning } from './StorageWarning';
import { useStanding } from './useStanding';
import { actorOf, currentEnterprise } from './actor';
import { GuidedFlowPanel } from './GuidedFlow';

/**
 * The navigation, its item for the page selected. The one part of the shell that follows the
 * address, so a new query of a list (its search, sort or page in the URL) renders the list and
 * not the whole shell again.
 */
function ShellMenu({
  role,
  standing,
  actor,
  verificationCount,
}: {
  role: Role;
  standing: EnterpriseStanding | undefined;
  actor: Actor;
  verificationCount: number;
}) {
  const { pathname } = useLocation();
  return (
    <nav aria-label="主导航">
      <Menu
        mode="inline"
        selectedKeys={[selectedKeyFor(pathname, role)]}
        defaultOpenKeys={menuGroupKeys}
        items={navigationFor(role, standing, actor, { verifications: verificationCount })}
        style={{ height: '100%', borderInlineEnd: 'none' }}
      />
    </nav>
  );
}

/** The signed-in app: header with the enterprise and user, navigation, and the page in its frame. */
export function ShellLayout({ session }: { session: Session }) {
  const role = session.user.role;
  // On a phone the navigation is a drawer.
  const narrow = useNarrowScreen();
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
  usePreloadedMenuPages(role);
  const menu = (
    <ShellMenu role={role} standing={standing} actor={actor} verificationCount={verificationCount} />
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <ShellHeader session={session} narrow={narrow} menu={menu} />
      <Layout>
        {!narrow && (
          <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            {menu}
          </Layout.Sider>
        )}
        {/* antd renders Layout.Content as the page's one <main> landmark. */}
        <Layout.Content className="shell-content">
          {narrow && role === 'agency' && <ActingForBar session={session} />}
          <StorageWarning />
          <SlowRequestNotice />
          {__SIMULATOR__ && <DemoNotices />}
          {__SIMULATOR__ && <GuidedFlowPanel username={session.user.username} />}
          <PageFrame role={role} />
          <PageSuspense>
            <LetterheadContext value={letterhead}>
              <Outlet context={session} />
            </LetterheadContext>
          </PageSuspense>
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
