// The signed-in header: the platform's identity, whom the user works for and who they are, the
// demo's controls and 退出. On a phone (below antd's md, 768 px) the header keeps the identity and
// a 菜单 button; the navigation and the account move into a drawer, so nothing spills or overlaps.
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '@/components/brand/BrandMark';
import type { Session } from '@/contract/auth';
import { useLogout } from '@/features/auth/api/logout';
import { ActingForSwitcher } from '@/features/auth/components/ActingForSwitcher';
import { roleLabels } from '@/features/auth/model/roleLabels';
import { RoleSwitcher } from '@/features/auth/components/RoleSwitcher';
import { paths } from '@/lib/paths';

const headerStyle = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: 16,
  paddingInline: 16,
} as const;

export function ShellHeader({
  session,
  narrow,
  menu,
}: {
  session: Session;
  /** A phone's width: the menu and the account go into the drawer. */
  narrow: boolean;
  /** The main navigation, for the drawer. */
  menu: ReactNode;
}) {
  const role = session.user.role;
  const brand = (
    <Link to={paths.home()} aria-label="返回首页" style={{ minWidth: 0 }}>
      <BrandMark compact={narrow} suffix={role === 'customs' ? '海关模拟审核台' : '企业端'} />
    </Link>
  );
  if (narrow) {
    return (
      <Layout.Header style={headerStyle}>
        {brand}
        <NarrowMenu session={session} menu={menu} />
      </Layout.Header>
    );
  }
  return (
    <Layout.Header style={headerStyle}>
      {brand}
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, color: '#fff', minWidth: 0 }}>
        <Account session={session} tone="dark" />
        {__SIMULATOR__ && (
          <>
            <RoleSwitcher session={session} tone="dark" />
            <Link to={paths.demo()} style={{ color: '#fff', whiteSpace: 'nowrap' }}>
              演示数据管理
            </Link>
          </>
        )}
        <LogoutButton />
      </div>
    </Layout.Header>
  );
}

/**
 * On a phone, an agency's line under the header: whom it is acting for, on every page, and the
 * switch one tap away (the header itself has room only for the platform and 菜单).
 */
export function ActingForBar({ session }: { session: Session }) {
  return (
    <div className="acting-for-bar">
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        正在办理
      </Typography.Text>
      <div style={{ flex: 1, minWidth: 0 }}>
        <ActingForSwitcher session={session} block />
      </div>
    </div>
  );
}

/** Whom the user works for (an agency chooses, unless its bar shows it) and who they are. */
function Account({ session, tone }: { session: Session; tone: 'dark' | 'light' }) {
  const role = session.user.role;
  const user = (
    <span style={{ whiteSpace: 'nowrap' }}>
      {session.user.displayName}（{roleLabels[role]}）
    </span>
  );
  // On a phone an agency switches in the bar under the header (ActingForBar), not in the drawer.
  const enterprise =
    role === 'agency' && tone === 'dark' ? (
      <ActingForSwitcher session={session} />
    ) : (
      session.enterprise && (
        <Typography.Text
          ellipsis={{ tooltip: session.enterprise.nameCn }}
          style={{ color: tone === 'dark' ? '#fff' : undefined, maxWidth: tone === 'dark' ? '22vw' : '100%' }}
        >
          {session.enterprise.nameCn}
        </Typography.Text>
      )
    );
  if (tone === 'dark') {
    return (
      <>
        {enterprise}
        {user}
      </>
    );
  }
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {enterprise}
      <Typography.Text type="secondary">{user}</Typography.Text>
    </Space>
  );
}

function LogoutButton({ block = false }: { block?: boolean }) {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Button
      size={block ? 'middle' : 'small'}
      block={block}
      loading={logout.isPending}
      onClick={() =>
        logout.mutate(undefined, { onSettled: () => void navigate(paths.login(), { replace: true }) })
      }
    >
      退出
    </Button>
  );
}

/** 菜单 and its drawer; choosing a page closes it. */
function NarrowMenu({ session, menu }: { session: Session; menu: ReactNode }) {
  // Open on the page where it was opened: choosing another page closes it.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);
  return (
    <>
      <Button
        type="text"
        icon={<MenuOutlined />}
        aria-expanded={open}
        style={{ color: '#fff', flexShrink: 0 }}
        onClick={() => setOpen(true)}
      >
        菜单
      </Button>
      <Drawer
        title="菜单"
        placement="right"
        open={open}
        onClose={() => setOpen(false)}
        size={300}
        styles={{ body: { padding: 0 } }}
      >
        <div style={{ padding: 16, borderBottom: '1px solid #f0f0f0' }}>
          <Account session={session} tone="light" />
        </div>
        {menu}
        <Space orientation="vertical" style={{ width: '100%', padding: 16, boxSizing: 'border-box' }}>
          {__SIMULATOR__ && (
            <>
              <RoleSwitcher session={session} tone="light" />
              <Link to={paths.demo()}>演示数据管理</Link>
            </>
          )}
          <LogoutButton block />
        </Space>
      </Drawer>
    </>
  );
}
