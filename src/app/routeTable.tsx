// Every page of the signed-in app, once: its address (src/lib/paths.ts), title, who may open it,
// the capability the gate checks (FR2–FR4, F2), where it sits (its parent, for breadcrumbs and the
// selected menu item) and whether the menu lists it. The router (routes.tsx), the menu
// (navigation.tsx), the breadcrumbs and the page titles (PageFrame.tsx) are built from it.
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
import type { Capability } from '@/values/capabilities';
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
  type Preloadable,
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
  /** The page's title: its <h1>, the menu item, the breadcrumb, the browser tab. */
  title: string;
  /** One line under the title: what the page is for. */
  description?: string;
  audience: Audience;
  /** The gate checks it before the page renders (and the menu marks it when closed). */
  capability?: Capability;
  /** The page this one is under (a record under its list). */
  parent?: RouteId;
  /** Listed in the menu (top level, or in a group). */
  menu?: { icon?: ReactNode; group?: MenuGroup; count?: keyof NavigationCounts };
  /** The page's code, loaded ahead while the browser is idle when the page is in the menu. */
  code?: Preloadable;
  /** The page; `null` for the home page, which routes.tsx renders by role. */
  page: ((user: { username: string; session: Session }) => ReactNode) | null;
}

export const routeTable: readonly AppRoute[] = [
  {
    id: 'home',
    title: '首页',
    description: '企业的备案情况、待办事项和现在可以办理的业务。',
    audience: 'anyone',
    menu: { icon: <HomeOutlined /> },
    page: null,
  },
  {
    id: 'filing',
    title: '企业备案申请',
    description: '填写并申报企业备案信息；海关审核通过后，即可办理产品预审、核查等原产地业务。',
    audience: 'enterprise',
    menu: { group: 'filing' },
    code: FilingPage,
    page: ({ username, session }) => (
      <FilingPage kind="filing" username={username} known={currentEnterprise(session)} />
    ),
  },
  {
    id: 'filingChange',
    title: '备案变更申请',
    description: '备案信息有变化时申报变更；海关审核通过前，原备案信息继续有效。',
    audience: 'enterprise',
    capability: 'filingChange',
    menu: { group: 'filing' },
    code: FilingPage,
    page: ({ username }) => <FilingPage kind="change" username={username} />,
  },
  {
    id: 'personnel',
    title: '授权人员',
    description: '可以代表企业办理原产地业务的授权人员；新增、变更和删除须经海关审核。',
    audience: 'enterprise',
    capability: 'personnel',
    menu: { group: 'people' },
    code: PersonnelPage,
    page: ({ username }) => <PersonnelPage username={username} />,
  },
  {
    id: 'agencies',
    title: '代录入企业',
    description: '授权代录入企业（如报关代理）代为办理业务，并限定其可以办理的范围；须经海关审核。',
    audience: 'enterprise',
    capability: 'agencies',
    menu: { group: 'people' },
    code: AgenciesPage,
    page: ({ username, session }) => (
      <AgenciesPage username={username} ownUscc={currentEnterprise(session)?.uscc ?? null} />
    ),
  },
  {
    id: 'preReviews',
    title: '产品预审',
    description: '申报产品的成本明细，由海关预先审核原产资格；审核通过后可申请变更、注销或删除。',
    audience: 'enterprise',
    capability: 'preReview',
    menu: { icon: <ExperimentOutlined /> },
    code: PreReviewListPage,
    page: ({ username }) => <PreReviewListPage username={username} />,
  },
  {
    id: 'newPreReview',
    title: '新增产品预审',
    description: '填写产品信息和生产一件产品所用的原料，平台实时计算非原产价值占比；可暂存后继续填写。',
    audience: 'enterprise',
    capability: 'preReview',
    parent: 'preReviews',
    page: ({ username }) => <PreReviewEditPage username={username} />,
  },
  {
    id: 'preReview',
    title: '产品预审详情',
    description: '这份产品预审现在的状态、审核意见、办理记录和成本明细，以及可以办理的操作。',
    audience: 'enterprise',
    capability: 'preReview',
    parent: 'preReviews',
    page: ({ username }) => <PreReviewDetailPage username={username} />,
  },
  {
    id: 'editPreReview',
    title: '修改产品预审',
    description: '修改产品信息和原料明细；暂存只保存在平台，申报后由海关审核。',
    audience: 'enterprise',
    capability: 'preReview',
    parent: 'preReview',
    page: ({ username }) => <PreReviewEditPage username={username} />,
  },
  {
    id: 'verifications',
    title: '核查互动',
    description: '海关发起的原产地核查：请在回复期限内填写回复并上传要求的电子资料。',
    audience: 'enterprise',
    capability: 'verification',
    menu: { icon: <SafetyCertificateOutlined />, count: 'verifications' },
    code: VerificationListPage,
    page: () => <VerificationListPage />,
  },
  {
    id: 'verification',
    title: '核查记录单',
    description: '海关的核查要求、回复期限，以及企业每一次回复和海关的处理结果。',
    audience: 'enterprise',
    capability: 'verification',
    parent: 'verifications',
    page: () => <VerificationDetailPage />,
  },
  {
    id: 'respondToVerification',
    title: '处理核查记录单',
    description: '填写核查回复，上传核查记录单要求的电子资料，提交给海关。',
    audience: 'enterprise',
    capability: 'verification',
    parent: 'verification',
    page: ({ username }) => <VerificationResponsePage username={username} />,
  },
  {
    id: 'acceptance',
    title: '受理情况查询',
    description: '企业各项申请（备案、产品预审、授权人员、代录入企业）的受理海关和审核情况。',
    audience: 'enterprise',
    capability: 'acceptance',
    menu: { icon: <FileSearchOutlined /> },
    code: AcceptancePage,
    page: () => <AcceptancePage />,
  },
  {
    id: 'templates',
    title: '电子资料模板下载',
    description: '办理业务所需的电子表格模板：填好后在相应页面导入或作为电子资料上传。',
    audience: 'anyone',
    menu: { group: 'downloads' },
    code: TemplatesPage,
    page: () => <TemplatesPage />,
  },
  {
    id: 'materials',
    title: '海关原产地证-资料下载',
    description: '原产地规则、产品预审和核查的参考资料。',
    audience: 'anyone',
    menu: { group: 'downloads' },
    code: MaterialsPage,
    page: () => <MaterialsPage />,
  },
  {
    id: 'customs',
    title: '审核队列',
    description:
      '各企业已申报的申请：待审核的按申报时间先到先审，已审核的按审核时间由近及远；可按申请类型、企业和日期查询。审核结果立即显示在企业端。',
    audience: 'customs',
    menu: { icon: <AuditOutlined /> },
    code: ReviewQueuePage,
    page: () => <ReviewQueuePage />,
  },
  {
    id: 'issueVerification',
    title: '发起核查',
    description: '模拟海关向企业发起核查：选择核查对象，勾选企业须上传的电子资料并设定回复期限。',
    audience: 'customs',
    menu: { icon: <SafetyCertificateOutlined /> },
    code: IssueVerificationPage,
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
