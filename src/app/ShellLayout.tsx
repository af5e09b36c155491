import { FileProtectOutlined, HomeOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout } from '@/features/auth/api/logout';
import { roleLabels, type Session } from '@/features/auth/model/authSchemas';
import { DemoNotices } from '@/features/demoControl/components/DemoNotices';
import { SlowRequestNotice } from './SlowRequestNotice';
import { StorageWarning } from './StorageWarning';

const navigation = [
  { key: '/', icon: <HomeOutlined />, label: <Link to="/">首页</Link> },
  { key: '/filing', icon: <FileProtectOutlined />, label: <Link to="/filing">企业备案</Link> },
];

/** The signed-in app: header with the enterprise and user, navigation, and the page. */
export function ShellLayout({ session }: { session: Session }) {
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const selected =
    navigation.find((item) => item.key !== '/' && location.pathname.startsWith(item.key))?.key ?? '/';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}
      >
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          原产地综合服务平台
        </Link>
        <Space size="middle" style={{ color: '#fff' }}>
          <span>{session.enterprise?.nameCn ?? '海关模拟审核台'}</span>
          <span>
            {session.user.displayName}（{roleLabels[session.user.role]}）
          </span>
          <Link to="/demo" style={{ color: '#fff' }}>
            演示数据管理
          </Link>
          <Button
            size="small"
            loading={logout.isPending}
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
            }
          >
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="md" collapsedWidth={0}>
          <nav aria-label="主导航">
            <Menu mode="inline" selectedKeys={[selected]} items={navigation} style={{ height: '100%' }} />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <StorageWarning />
            <SlowRequestNotice />
            <DemoNotices />
            <Outlet context={session} />
          </main>
          <Typography.Paragraph type="secondary" style={{ marginTop: 32, fontSize: 12 }}>
            演示环境：海关服务为浏览器内模拟，数据仅保存在本浏览器中。
          </Typography.Paragraph>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
