// Every page but the login page loads on first visit (route-level code splitting): the JS a user
// downloads before the login page is usable holds the shell, not the whole platform.
// Each page can be fetched ahead (`preload`): the shell loads its menu's pages while the browser
// is idle (preloadPages.ts), so a click on the menu does not wait for the page's code.
import { lazy, type ComponentType } from 'react';

/** A page that can be loaded before it is shown. */
export interface Preloadable {
  preload(): Promise<unknown>;
}

/** A lazily loaded page whose code `preload` fetches and runs ahead (import() keeps one module). */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return Object.assign(
    lazy(() => load().then((page) => ({ default: page }))),
    { preload: load },
  );
}

export const HomePage = lazyPage(() => import('./HomePage').then((m) => m.HomePage));
export const ReviewQueuePage = lazyPage(() =>
  import('@/features/customs/components/ReviewQueuePage').then((m) => m.ReviewQueuePage),
);
/** Only in a build with the simulator (none in a deployment build). */
export const DemoControlPage = __SIMULATOR__
  ? lazyPage(() => import('@/features/demoControl/components/DemoControlPage').then((m) => m.DemoControlPage))
  : null;
export const AcceptancePage = lazyPage(() =>
  import('@/features/acceptance/components/AcceptancePage').then((m) => m.AcceptancePage),
);
export const MaterialsPage = lazyPage(() =>
  import('@/features/downloads/components/MaterialsPage').then((m) => m.MaterialsPage),
);
export const TemplatesPage = lazyPage(() => import('./TemplatesRoute').then((m) => m.TemplatesRoute));
export const AgenciesPage = lazyPage(() =>
  import('@/features/filing/components/AgenciesPage').then((m) => m.AgenciesPage),
);
export const FilingPage = lazyPage(() =>
  import('@/features/filing/components/FilingPage').then((m) => m.FilingPage),
);
export const PersonnelPage = lazyPage(() =>
  import('@/features/filing/components/PersonnelPage').then((m) => m.PersonnelPage),
);
export const PreReviewDetailPage = lazyPage(() =>
  import('@/features/preReview/components/PreReviewDetailPage').then((m) => m.PreReviewDetailPage),
);
export const PreReviewEditPage = lazyPage(() =>
  import('@/features/preReview/components/PreReviewEditPage').then((m) => m.PreReviewEditPage),
);
export const PreReviewListPage = lazyPage(() =>
  import('@/features/preReview/components/PreReviewListPage').then((m) => m.PreReviewListPage),
);
export const IssueVerificationPage = lazyPage(() =>
  import('@/features/verification/components/IssueVerificationPage').then((m) => m.IssueVerificationPage),
);
export const VerificationDetailPage = lazyPage(() =>
  import('@/features/verification/components/VerificationDetailPage').then((m) => m.VerificationDetailPage),
);
export const VerificationListPage = lazyPage(() =>
  import('@/features/verification/components/VerificationListPage').then((m) => m.VerificationListPage),
);
export const VerificationResponsePage = lazyPage(() =>
  import('@/features/verification/components/VerificationResponsePage').then(
    (m) => m.VerificationResponsePage,
  ),
);
