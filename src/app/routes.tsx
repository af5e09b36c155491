import type { RouteObject } from 'react-router';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { RequireSession } from '@/features/auth/components/RequireSession';
import { DemoControlPage } from '@/features/demoControl/components/DemoControlPage';
import { FilingPage } from '@/features/filing/components/FilingPage';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { ShellLayout } from './ShellLayout';
import { useShellSession } from './shellSession';

function FilingRoute() {
  return <FilingPage username={useShellSession().user.username} />;
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession>{(session) => <ShellLayout session={session} />}</RequireSession>,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'filing', element: <FilingRoute /> },
    ],
  },
  {
    element: <PublicLayout />,
    children: [
      { path: '/demo', element: <DemoControlPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
