// The router, from the route table: the login page, the signed-in shell with every page of the
// table behind its audience and its capability, and the pages anyone may open.
import { lazy } from 'react';
import { Navigate, Outlet, type RouteObject } from 'react-router';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { RequireRole } from '@/features/auth/components/RequireRole';
import { RequireSession } from '@/features/auth/components/RequireSession';
import { paths, routePaths } from '@/lib/paths';
import { DemoControlPage, HomePage } from './lazyPages';
import { GuidedFlowStarter } from './GuidedFlow';
import { NotFoundPage } from './NotFoundPage';
import { PageSuspense } from './PageSuspense';
import { PublicLayout } from './PublicLayout';
import { RouteError } from './RouteError';
import { RequireCapability } from './RequireCapability';
import { patternOf, routeTable, type AppRoute } from './routeTable';
import { useShellSession } from './shellSession';

// Here, not in lazyPages.ts: the shell's menu is built from the route table, which holds the pages.
const ShellLayout = lazy(() => import('./ShellLayout').then((m) => ({ default: m.ShellLayout })));

const ENTERPRISE_ROLES = ['enterprise', 'agency'] as const;

/** A page of the table, behind who may open it and the gate of its capability (FR2–FR4). */
function TablePage({ route }: { route: AppRoute }) {
  const session = useShellSession();
  if (route.page === null) {
    return session.user.role === 'customs' ? <Navigate to={paths.customs()} replace /> : <HomePage />;
  }
  const content = route.page({ username: session.user.username, session });
  switch (route.audience) {
    case 'anyone':
      return content;
    case 'customs':
      return (
        <RequireRole session={session} allow={['customs']}>
          {content}
        </RequireRole>
      );
    case 'enterprise':
      return (
        <RequireRole session={session} allow={ENTERPRISE_ROLES}>
          {route.capability ? (
            <RequireCapability capability={route.capability}>{content}</RequireCapability>
          ) : (
            content
          )}
        </RequireRole>
      );
  }
}

// A page that fails (its code not fetched after a deployment, an error while rendering) shows
// RouteError in the shell, which stays usable.
const pageError = <RouteError inShell />;
const tableRoute = (route: AppRoute): RouteObject =>
  route.id === 'home'
    ? { index: true, element: <TablePage route={route} />, errorElement: pageError }
    : { path: patternOf(route), element: <TablePage route={route} />, errorElement: pageError };

const appError = <RouteError />;

/** Every page, with the guided demo's starter beside it (demo build only). */
function AppRoot() {
  return (
    <>
      <Outlet />
      {__SIMULATOR__ && <GuidedFlowStarter />}
    </>
  );
}

const pages: RouteObject[] = [
  { path: routePaths.login, element: <LoginPage />, errorElement: appError },
  {
    errorElement: appError,
    element: (
      <RequireSession>
        {(session) => (
          <PageSuspense>
            <ShellLayout session={session} />
          </PageSuspense>
        )}
      </RequireSession>
    ),
    children: routeTable.map(tableRoute),
  },
  {
    element: <PublicLayout />,
    errorElement: appError,
    children: [
      ...(DemoControlPage ? [{ path: routePaths.demo, element: <DemoControlPage /> }] : []),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const routes: RouteObject[] = [{ element: <AppRoot />, children: pages }];
