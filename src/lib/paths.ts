// Every page's address, in one place. The route table (src/app/routeTable.tsx) serves these
// patterns; everything else links with `paths.x(…)`, so no component spells a path.
import { pathOf } from '@/contract/endpoint';
import type { endpoints, QueryOf } from '@/contract/endpoints';
import { queryToParams } from '@/contract/queryParams';

export const routePaths = {
  home: '/',
  login: '/login',
  demo: '/demo',
  filing: '/filing',
  filingChange: '/filing/change',
  personnel: '/personnel',
  agencies: '/agencies',
  preReviews: '/pre-reviews',
  newPreReview: '/pre-reviews/new',
  preReview: '/pre-reviews/:id',
  editPreReview: '/pre-reviews/:id/edit',
  verifications: '/verifications',
  verification: '/verifications/:id',
  respondToVerification: '/verifications/:id/respond',
  acceptance: '/acceptance',
  templates: '/downloads/templates',
  materials: '/downloads/materials',
  customs: '/customs',
  issueVerification: '/customs/verifications/new',
} as const satisfies Record<string, `/${string}`>;

export type RouteId = keyof typeof routePaths;

const withSearch = (path: string, search?: URLSearchParams) =>
  search && search.size > 0 ? `${path}?${search.toString()}` : path;
/** A list page's address with its query: the list endpoint's, as the page reads it (useUrlList). */
const withQuery = (path: string, query: object = {}) => withSearch(path, queryToParams(query));
const withId = (id: RouteId) => (recordId: string) => pathOf({ path: routePaths[id] }, { id: recordId });

export const paths = {
  home: () => routePaths.home,
  /** `from`: where to return after signing in; `expired`: the session ran out. */
  login: (options: { from?: string; expired?: boolean } = {}) => {
    const search = new URLSearchParams();
    if (options.expired) search.set('expired', '1');
    if (options.from) search.set('from', options.from);
    return withSearch(routePaths.login, search);
  },
  demo: () => routePaths.demo,
  filing: () => routePaths.filing,
  filingChange: () => routePaths.filingChange,
  personnel: () => routePaths.personnel,
  agencies: () => routePaths.agencies,
  preReviews: () => routePaths.preReviews,
  newPreReview: () => routePaths.newPreReview,
  preReview: withId('preReview'),
  editPreReview: withId('editPreReview'),
  verifications: () => routePaths.verifications,
  verification: withId('verification'),
  respondToVerification: withId('respondToVerification'),
  acceptance: (query?: Partial<QueryOf<typeof endpoints.acceptance>>) =>
    withQuery(routePaths.acceptance, query),
  templates: () => routePaths.templates,
  materials: () => routePaths.materials,
  /** The console; `query`: its tab and filters, and the application under review (`review`). */
  customs: (query?: Partial<QueryOf<typeof endpoints.reviewQueue>> & { review?: string }) =>
    withQuery(routePaths.customs, query),
  issueVerification: () => routePaths.issueVerification,
} satisfies Record<RouteId, (...args: never[]) => string>;
