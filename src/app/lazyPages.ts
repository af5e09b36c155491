// Every page but the login page loads on first visit (route-level code splitting): the JS a user
// downloads before the login page is usable holds the shell, not the whole platform.
import { lazy } from 'react';

export const HomePage = lazy(() => import('./HomePage').then((m) => ({ default: m.HomePage })));
export const ReviewQueuePage = lazy(() =>
  import('@/features/customs/components/ReviewQueuePage').then((m) => ({ default: m.ReviewQueuePage })),
);
/** Only in a build with the simulator (none in a deployment build). */
export const DemoControlPage = __SIMULATOR__
  ? lazy(() =>
      import('@/features/demoControl/components/DemoControlPage').then((m) => ({
        default: m.DemoControlPage,
      })),
    )
  : null;
export const AcceptancePage = lazy(() =>
  import('@/features/acceptance/components/AcceptancePage').then((m) => ({ default: m.AcceptancePage })),
);
export const MaterialsPage = lazy(() =>
  import('@/features/downloads/components/MaterialsPage').then((m) => ({ default: m.MaterialsPage })),
);
export const TemplatesPage = lazy(() =>
  import('./TemplatesRoute').then((m) => ({ default: m.TemplatesRoute })),
);
export const AgenciesPage = lazy(() =>
  import('@/features/filing/components/AgenciesPage').then((m) => ({ default: m.AgenciesPage })),
);
export const FilingPage = lazy(() =>
  import('@/features/filing/components/FilingPage').then((m) => ({ default: m.FilingPage })),
);
export const PersonnelPage = lazy(() =>
  import('@/features/filing/components/PersonnelPage').then((m) => ({ default: m.PersonnelPage })),
);
export const PreReviewDetailPage = lazy(() =>
  import('@/features/preReview/components/PreReviewDetailPage').then((m) => ({
    default: m.PreReviewDetailPage,
  })),
);
export const PreReviewEditPage = lazy(() =>
  import('@/features/preReview/components/PreReviewEditPage').then((m) => ({ default: m.PreReviewEditPage })),
);
export const PreReviewListPage = lazy(() =>
  import('@/features/preReview/components/PreReviewListPage').then((m) => ({ default: m.PreReviewListPage })),
);
export const IssueVerificationPage = lazy(() =>
  import('@/features/verification/components/IssueVerificationPage').then((m) => ({
    default: m.IssueVerificationPage,
  })),
);
export const VerificationDetailPage = lazy(() =>
  import('@/features/verification/components/VerificationDetailPage').then((m) => ({
    default: m.VerificationDetailPage,
  })),
);
export const VerificationListPage = lazy(() =>
  import('@/features/verification/components/VerificationListPage').then((m) => ({
    default: m.VerificationListPage,
  })),
);
export const VerificationResponsePage = lazy(() =>
  import('@/features/verification/components/VerificationResponsePage').then((m) => ({
    default: m.VerificationResponsePage,
  })),
);
