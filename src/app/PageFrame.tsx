// Every signed-in page's frame, from the route table: where the user is (breadcrumbs from 首页,
// and the browser tab's title), the way back on a page under another (a record under its list),
// the page's one <h1> and a line saying what the page is for. Pages start below it, so no page
// writes its own title.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Breadcrumb, Button } from 'antd';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { PLATFORM_NAME } from '@/components/brand/brand';
import type { Role } from '@/contract/auth';
import { pathOf } from '@/contract/endpoint';
import { routePaths } from '@/lib/paths';
import { routeAt } from './navigation';
import { trailOf, type AppRoute } from './routeTable';

/** Whether the route is one of the role's pages (the gate says why not; the frame names no page). */
const opensFor = (route: AppRoute, role: Role) =>
  route.audience === 'anyone' || (route.audience === 'customs') === (role === 'customs');

export function PageFrame({ role }: { role: Role }) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const at = routeAt(pathname);
  const trail = at ? trailOf(at.id) : [];
  const route = trail.at(-1);
  const title = route?.title;
  useEffect(() => {
    document.title = title ? `${title} - ${PLATFORM_NAME}` : PLATFORM_NAME;
  }, [title]);
  if (!at || !route) return null;
  if (!opensFor(route, role)) return <PageHeading title="无法打开此页面" />;
  const href = (r: AppRoute) => pathOf({ path: routePaths[r.id] }, at.params);
  const crumbs = route.id === 'home' ? [] : [...(trail[0]?.id === 'home' ? [] : [homeRoute()]), ...trail];
  const parent = trail.at(-2);
  return (
    <PageHeading
      title={route.title}
      description={route.description}
      above={
        crumbs.length > 0 && (
          <Breadcrumb
            aria-label="当前位置"
            items={crumbs.map((r, i) =>
              i === crumbs.length - 1
                ? { key: r.id, title: r.title }
                : { key: r.id, title: <Link to={href(r)}>{r.title}</Link> },
            )}
          />
        )
      }
      before={
        parent && (
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={`返回${parent.title}`}
            title={`返回${parent.title}`}
            onClick={() => void navigate(href(parent))}
          />
        )
      }
    />
  );
}

const homeRoute = () => trailOf('home')[0] as AppRoute;
