// Where the user is, from the route table: the browser tab's title names the page, and a page
// under another (a record under its list) shows the way back as breadcrumbs.
import { Breadcrumb } from 'antd';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { pathOf } from '@/contract/endpoint';
import { routePaths } from '@/lib/paths';
import { routeAt } from './navigation';
import { trailOf } from './routeTable';

export const PLATFORM_NAME = '原产地综合服务平台';

export function RouteTrail() {
  const { pathname } = useLocation();
  const at = routeAt(pathname);
  const trail = at ? trailOf(at.id) : [];
  const title = trail.at(-1)?.title;
  useEffect(() => {
    document.title = title ? `${title} - ${PLATFORM_NAME}` : PLATFORM_NAME;
  }, [title]);
  if (!at || trail.length < 2) return null;
  return (
    <Breadcrumb
      aria-label="当前位置"
      style={{ marginBottom: 16 }}
      items={trail.map((route, i) =>
        i === trail.length - 1
          ? { key: route.id, title: route.title }
          : {
              key: route.id,
              title: <Link to={pathOf({ path: routePaths[route.id] }, at.params)}>{route.title}</Link>,
            },
      )}
    />
  );
}
