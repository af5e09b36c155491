import { Layout } from 'antd';
import { Link, Outlet } from 'react-router';
import { DemoNotices } from '@/features/demoControl/components/DemoNotices';
import { BrandMark } from '@/components/brand/BrandMark';
import { paths } from '@/lib/paths';
import { PageSuspense } from './PageSuspense';

/** Pages anyone may open, signed in or not (the demo's controls, not found). */
export function PublicLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 16 }}>
        <Link to={paths.home()} aria-label="返回首页" style={{ minWidth: 0 }}>
          <BrandMark />
        </Link>
      </Layout.Header>
      <Layout.Content className="shell-content" style={{ maxWidth: 1100, width: '100%', margin: '0 auto' }}>
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
