import { Layout } from 'antd';
import { Link, Outlet } from 'react-router';
import { DemoNotices } from '@/features/demoControl/components/DemoNotices';
import { PageSuspense } from './PageSuspense';
import { PLATFORM_NAME } from './RouteTrail';
import { paths } from '@/lib/paths';

/** Pages anyone may open, signed in or not (the demo's controls, not found). */
export function PublicLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Link to={paths.home()} style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>
          {PLATFORM_NAME}
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
        <div>
          {__SIMULATOR__ && <DemoNotices />}
          <PageSuspense>
            <Outlet />
          </PageSuspense>
        </div>
      </Layout.Content>
    </Layout>
  );
}
