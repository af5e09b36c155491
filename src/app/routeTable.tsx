// Every page of the signed-in app, once: its address (src/lib/paths.ts), title, who may open it,
// the capability the gate checks (FR2–FR4, F2), where it sits (its parent, for breadcrumbs and the
// selected menu item) and whether the menu lists it. The router (routes.tsx), the menu
// (navigation.tsx), the breadcrumbs and the page titles (useRouteFrame.ts) are built from it.
import {
  AuditOutlined,
  CloudDownloadOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Session } from '@/contract/auth';
import type { Capability } from '@/domain/capabilities';
import { routePaths, type RouteId } from '@/lib/paths';
import { currentEnterprise } from './actor';
import {
  AcceptancePage,
  AgenciesPage,
  FilingPage,
  IssueVerificationPage,
  MaterialsPage,
  PersonnelPage,
  PreReviewDetailPage,
  PreReviewEditPage,
  PreReviewListPage,
  ReviewQueuePage,
  TemplatesPage,
  VerificationDetailPage,
  VerificationListPage,
  VerificationResponsePage,
} from './lazyPages';

/** Who may open a page: enterprise users (and agencies acting for one), customs, or any user. */
export type Audience = 'enterprise' | 'customs' | 'anyone';

/** The menu's folders, in the order they appear. */
export const menuGroups = {
  filing: { key: 'filing-group', label: '企业备案', icon: <FileProtectOutlined /> },
  people: { key: 'people-group', label: '人员与代录入', icon: <TeamOutlined /> },
  downloads: { key: 'downloads-group', label: '资料下载', icon: <CloudDownloadOutlined /> },
} as const;
export type MenuGroup = keyof typeof menuGroups;

/** What awaits the user in a function, shown as a count beside its menu item. */
export interface NavigationCounts {
  verifications: number;
}

export interface AppRoute {
  id: RouteId;
  /** The page's title: the menu item, the breadcrumb, the browser tab. */
  title: string;
  audience: Audience;
  /** The gate checks it before the page renders (and the menu marks it when closed). */
  capability?: Capability;
  /** The page this one is under (a record under its list). */
  parent?: RouteId;
  /** Listed in the menu (top level, or in a group). */
  menu?: { icon?: ReactNode; group?: MenuGroup; count?: keyof NavigationCounts };
  /** The page; `null` for the home page, which routes.tsx renders by role. */
  page: ((user: { username: string; session: Session }) => ReactNode) | null;
}

export const routeTable: readonly AppRoute[] = [
  { id: 'home', title: '首页', audience: 'anyone', menu: { icon: <HomeOutlined /> }, page: null },
  {
    id: 'filing',
    title: '企业备案申请',
    audience: 'enterprise',
    menu: { group: 'filing' },
    page: ({ username }) => <FilingPage kind="filing" username={username} />,
  },
  {
    id: 'filingChange',
    title: '备案变更申请',
    audience: 'enterprise',
    capability: 'filingChange',
    menu: { group: 'filing' },
    page: ({ username }) => <FilingPage kind="change" username={username} />,
  },
  {
    id: 'personnel',
    title: '授权人员',
    audience: 'enterprise',
    capability: 'personnel',
    menu: { group: 'people' },
    page: ({ username }) => <PersonnelPage username={username} />,
  },
  {
    id: 'agencies',
    title: '代录入企业',
    audience: 'enterprise',
    capability: 'agencies',
    menu: { group: 'people' },
    page: ({ username, session }) => (
      <AgenciesPage username={username} ownUscc={currentEnterprise(session)?.uscc ?? null} />
    ),
  },
  {
    id: 'preReviews',
    title: '产品预审',
    audience: 'enterprise',
    capability: 'preReview',
    menu: { icon: <ExperimentOutlined /> },
    page: ({ username }) => <PreReviewListPage username={username} />,
  },
  {
    id: 'newPreReview',
    title: '新增产品预审',
    audience: 'enterprise',
    capability: 'preReview',
    parent: 'preReviews',
    page: ({ username }) => <PreReviewEditPage username={username} />,
  },
  {
    id: 'preReview',
    title: '产品预审详情',
    audience: 'enterprise',
    capability: 'preReview',
    parent: 'preReviews',
    page: ({ username }) => <PreReviewDetailPage username={username} />,
  },
  {
    id: 'editPreReview',
    title: '修改产品预审',
    audience: 'enterprise',
    capability: 'preReview',
    parent: 'preReview',
    page: ({ username }) => <PreReviewEditPage username={username} />,
  },
  {
    id: 'verifications',
    title: '核查互动',
    audience: 'enterprise',
    capability: 'verification',
    menu: { icon: <SafetyCertificateOutlined />, count: 'verifications' },
    page: () => <VerificationListPage />,
  },
  {
    id: 'verification',
    title: '核查记录单',
    audience: 'enterprise',
    capability: 'verification',
    parent: 'verifications',
    page: () => <VerificationDetailPage />,
  },
  {
    id: 'respondToVerification',
    title: '处理核查记录单',
    audience: 'enterprise',
    capability: 'verification',
    parent: 'verification',
    page: ({ username }) => <VerificationResponsePage username={username} />,
  },
  {
    id: 'acceptance',
    title: '受理情况查询',
    audience: 'enterprise',
    capability: 'acceptance',
    menu: { icon: <FileSearchOutlined /> },
    page: () => <AcceptancePage />,
  },
  {
    id: 'templates',
    title: '电子资料模板下载',
    audience: 'anyone',
    menu: { group: 'downloads' },
    page: () => <TemplatesPage />,
  },
  {
    id: 'materials',
    title: '海关原产地证-资料下载',
    audience: 'anyone',
    menu: { group: 'downloads' },
    page: () => <MaterialsPage />,
  },
  {
    id: 'customs',
    title: '审核队列',
    audience: 'customs',
    menu: { icon: <AuditOutlined /> },
    page: () => <ReviewQueuePage />,
  },
  {
    id: 'issueVerification',
    title: '发起核查',
    audience: 'customs',
    menu: { icon: <SafetyCertificateOutlined /> },
    page: () => <IssueVerificationPage />,
  },
];

const byId = new Map(routeTable.map((route) => [route.id, route]));

export function routeOf(id: RouteId): AppRoute {
  const route = byId.get(id);
  if (!route) throw new Error(`no route ${id}`);
  return route;
}

/** The route and its parents, outermost first. */
export function trailOf(id: RouteId): AppRoute[] {
  const trail: AppRoute[] = [];
  for (let route: AppRoute | undefined = routeOf(id); route;) {
    trail.unshift(route);
    route = route.parent ? routeOf(route.parent) : undefined;
  }
  return trail;
}

export const patternOf = (route: AppRoute) => routePaths[route.id];
