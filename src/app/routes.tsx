import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { RequireRole } from '@/features/auth/components/RequireRole';
import { RequireSession } from '@/features/auth/components/RequireSession';
import { ReviewQueuePage } from '@/features/customs/components/ReviewQueuePage';
import { DemoControlPage } from '@/features/demoControl/components/DemoControlPage';
import { AgenciesPage } from '@/features/filing/components/AgenciesPage';
import { FilingPage } from '@/features/filing/components/FilingPage';
import { PersonnelPage } from '@/features/filing/components/PersonnelPage';
import { PreReviewEditPage } from '@/features/preReview/components/PreReviewEditPage';
import { PreReviewListPage } from '@/features/preReview/components/PreReviewListPage';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { RequireCapability } from './RequireCapability';
import { ShellLayout } from './ShellLayout';
import { useShellSession } from './shellSession';

const ENTERPRISE_ROLES = ['enterprise', 'agency'] as const;

function HomeRoute() {
  const session = useShellSession();
  return session.user.role === 'customs' ? <Navigate to="/customs" replace /> : <HomePage />;
}

function FilingRoute() {
  const session = useShellSession();
  return (
    <RequireRole session={session} allow={ENTERPRISE_ROLES}>
      <FilingPage kind="filing" username={session.user.username} />
    </RequireRole>
  );
}

function FilingChangeRoute() {
  const session = useShellSession();
  return (
    <RequireRole session={session} allow={ENTERPRISE_ROLES}>
      <RequireCapability capability="filingChange">
        <FilingPage kind="change" username={session.user.username} />
      </RequireCapability>
    </RequireRole>
  );
}

function PersonnelRoute() {
  const session = useShellSession();
  return (
    <RequireRole session={session} allow={ENTERPRISE_ROLES}>
      <RequireCapability capability="personnel">
        <PersonnelPage username={session.user.username} />
      </RequireCapability>
    </RequireRole>
  );
}

function AgenciesRoute() {
  const session = useShellSession();
  return (
    <RequireRole session={session} allow={ENTERPRISE_ROLES}>
      <RequireCapability capability="agencies">
        <AgenciesPage />
      </RequireCapability>
    </RequireRole>
  );
}

function PreReviewRoute({ editor }: { editor: boolean }) {
  const session = useShellSession();
  return (
    <RequireRole session={session} allow={ENTERPRISE_ROLES}>
      <RequireCapability capability="preReview">
        {editor ? <PreReviewEditPage username={session.user.username} /> : <PreReviewListPage />}
      </RequireCapability>
    </RequireRole>
  );
}

function CustomsRoute() {
  const session = useShellSession();
  return (
    <RequireRole session={session} allow={['customs']}>
      <ReviewQueuePage />
    </RequireRole>
  );
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession>{(session) => <ShellLayout session={session} />}</RequireSession>,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'filing', element: <FilingRoute /> },
      { path: 'filing/change', element: <FilingChangeRoute /> },
      { path: 'personnel', element: <PersonnelRoute /> },
      { path: 'agencies', element: <AgenciesRoute /> },
      { path: 'pre-reviews', element: <PreReviewRoute editor={false} /> },
      { path: 'pre-reviews/new', element: <PreReviewRoute editor /> },
      { path: 'pre-reviews/:id/edit', element: <PreReviewRoute editor /> },
      { path: 'customs', element: <CustomsRoute /> },
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
