import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import type { Capability } from '@/domain/capabilities';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { RequireRole } from '@/features/auth/components/RequireRole';
import { RequireSession } from '@/features/auth/components/RequireSession';
import type { Session } from '@/contract/auth';
import {
  AcceptancePage,
  AgenciesPage,
  DemoControlPage,
  FilingPage,
  HomePage,
  IssueVerificationPage,
  MaterialsPage,
  PersonnelPage,
  PreReviewDetailPage,
  PreReviewEditPage,
  PreReviewListPage,
  ReviewQueuePage,
  ShellLayout,
  TemplatesPage,
  VerificationDetailPage,
  VerificationListPage,
  VerificationResponsePage,
} from './lazyPages';
import { NotFoundPage } from './NotFoundPage';
import { PageSuspense } from './PageSuspense';
import { PublicLayout } from './PublicLayout';
import { currentEnterprise } from './actor';
import { RequireCapability } from './RequireCapability';
import { useShellSession } from './shellSession';

const ENTERPRISE_ROLES = ['enterprise', 'agency'] as const;

function HomeRoute() {
  const session = useShellSession();
  return session.user.role === 'customs' ? <Navigate to="/customs" replace /> : <HomePage />;
}

/** An enterprise (or agency) page, behind the gate when it needs a capability (FR2–FR4). */
function EnterpriseRoute({
  capability,
  page,
}: {
  capability?: Capability;
  page: (username: string, session: Session) => ReactNode;
}) {
  const session = useShellSession();
  const content = page(session.user.username, session);
  return (
    <RequireRole session={session} allow={ENTERPRISE_ROLES}>
      {capability ? <RequireCapability capability={capability}>{content}</RequireCapability> : content}
    </RequireRole>
  );
}

function CustomsRoute({ page = <ReviewQueuePage /> }: { page?: ReactNode }) {
  const session = useShellSession();
  return (
    <RequireRole session={session} allow={['customs']}>
      {page}
    </RequireRole>
  );
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireSession>
        {(session) => (
          <PageSuspense>
            <ShellLayout session={session} />
          </PageSuspense>
        )}
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: 'filing',
        element: <EnterpriseRoute page={(username) => <FilingPage kind="filing" username={username} />} />,
      },
      {
        path: 'filing/change',
        element: (
          <EnterpriseRoute
            capability="filingChange"
            page={(username) => <FilingPage kind="change" username={username} />}
          />
        ),
      },
      {
        path: 'personnel',
        element: (
          <EnterpriseRoute
            capability="personnel"
            page={(username) => <PersonnelPage username={username} />}
          />
        ),
      },
      {
        path: 'agencies',
        element: (
          <EnterpriseRoute
            capability="agencies"
            page={(username, session) => (
              <AgenciesPage username={username} ownUscc={currentEnterprise(session)?.uscc ?? null} />
            )}
          />
        ),
      },
      {
        path: 'pre-reviews',
        element: (
          <EnterpriseRoute
            capability="preReview"
            page={(username) => <PreReviewListPage username={username} />}
          />
        ),
      },
      {
        path: 'pre-reviews/new',
        element: (
          <EnterpriseRoute
            capability="preReview"
            page={(username) => <PreReviewEditPage username={username} />}
          />
        ),
      },
      {
        path: 'pre-reviews/:id',
        element: (
          <EnterpriseRoute
            capability="preReview"
            page={(username) => <PreReviewDetailPage username={username} />}
          />
        ),
      },
      {
        path: 'pre-reviews/:id/edit',
        element: (
          <EnterpriseRoute
            capability="preReview"
            page={(username) => <PreReviewEditPage username={username} />}
          />
        ),
      },
      {
        path: 'verifications',
        element: <EnterpriseRoute capability="verification" page={() => <VerificationListPage />} />,
      },
      {
        path: 'verifications/:id',
        element: <EnterpriseRoute capability="verification" page={() => <VerificationDetailPage />} />,
      },
      {
        path: 'verifications/:id/respond',
        element: (
          <EnterpriseRoute
            capability="verification"
            page={(username) => <VerificationResponsePage username={username} />}
          />
        ),
      },
      {
        path: 'acceptance',
        element: <EnterpriseRoute capability="acceptance" page={() => <AcceptancePage />} />,
      },
      { path: 'downloads/templates', element: <TemplatesPage /> },
      { path: 'downloads/materials', element: <MaterialsPage /> },
      { path: 'customs', element: <CustomsRoute /> },
      { path: 'customs/verifications/new', element: <CustomsRoute page={<IssueVerificationPage />} /> },
    ],
  },
  {
    element: <PublicLayout />,
    children: [
      ...(DemoControlPage ? [{ path: '/demo', element: <DemoControlPage /> }] : []),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
