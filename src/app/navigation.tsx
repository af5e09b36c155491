// The navigation: every function of the platform (F1–F6) for enterprise users, the console for
// customs. Functions the enterprise may not use yet are still listed, marked with a lock whose
// page explains the rule.
import {
  AuditOutlined,
  LockOutlined,
  CloudDownloadOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Badge, Space, type MenuProps } from 'antd';
import { Link } from 'react-router';
import {
  checkCapability,
  SELF,
  type Actor,
  type Capability,
  type EnterpriseStanding,
} from '@/domain/capabilities';
import type { Role } from '@/contract/auth';

type Item = Required<MenuProps>['items'][number];

const link = (to: string, label: string) => <Link to={to}>{label}</Link>;

/** A link to a gated function: still a link (its page explains the block), marked with a lock. */
const gated = (
  to: string,
  label: string,
  capability: Capability,
  standing: EnterpriseStanding | undefined,
  actor: Actor,
) => {
  const permission = standing ? checkCapability(standing, capability, actor) : { ok: true as const };
  return (
    <Link to={to} title={permission.ok ? undefined : permission.reason}>
      {label}
      {!permission.ok && <LockOutlined aria-label="（暂不可办理）" style={{ marginLeft: 6 }} />}
    </Link>
  );
};
/** What awaits the user in each function, shown as a count beside it. */
export interface NavigationCounts {
  verifications: number;
}

const withCount = (link: React.ReactNode, count: number, what: string) =>
  count > 0 ? (
    <Space size={6}>
      {link}
      <Badge count={count} size="small" aria-hidden="true" />
      <span className="visually-hidden">
        （{count} 条{what}）
      </span>
    </Space>
  ) : (
    link
  );

const enterpriseItems = (
  standing: EnterpriseStanding | undefined,
  actor: Actor,
  counts: NavigationCounts,
): Item[] => [
  { key: '/', icon: <HomeOutlined />, label: link('/', '首页') },
  {
    key: 'filing-group',
    icon: <FileProtectOutlined />,
    label: '企业备案',
    children: [
      { key: '/filing', label: link('/filing', '企业备案申请') },
      {
        key: '/filing/change',
        label: gated('/filing/change', '备案变更申请', 'filingChange', standing, actor),
      },
    ],
  },
  {
    key: 'people-group',
    icon: <TeamOutlined />,
    label: '人员与代录入',
    children: [
      { key: '/personnel', label: gated('/personnel', '授权人员', 'personnel', standing, actor) },
      { key: '/agencies', label: gated('/agencies', '代录入企业', 'agencies', standing, actor) },
    ],
  },
  {
    key: '/pre-reviews',
    icon: <ExperimentOutlined />,
    label: gated('/pre-reviews', '产品预审', 'preReview', standing, actor),
  },
  {
    key: '/verifications',
    icon: <SafetyCertificateOutlined />,
    label: withCount(
      gated('/verifications', '核查互动', 'verification', standing, actor),
      counts.verifications,
      '待处理的核查记录单',
    ),
  },
  {
    key: '/acceptance',
    icon: <FileSearchOutlined />,
    label: gated('/acceptance', '受理情况查询', 'acceptance', standing, actor),
  },
  {
    key: 'downloads-group',
    icon: <CloudDownloadOutlined />,
    label: '资料下载',
    children: [
      { key: '/downloads/templates', label: link('/downloads/templates', '电子资料模板下载') },
      { key: '/downloads/materials', label: link('/downloads/materials', '海关原产地证-资料下载') },
    ],
  },
];

const customsItems: Item[] = [
  { key: '/customs', icon: <AuditOutlined />, label: link('/customs', '审核队列') },
  {
    key: '/customs/verifications/new',
    icon: <SafetyCertificateOutlined />,
    label: link('/customs/verifications/new', '发起核查'),
  },
];

export function navigationFor(
  role: Role,
  standing: EnterpriseStanding | undefined,
  actor: Actor = SELF,
  counts: NavigationCounts = { verifications: 0 },
): Item[] {
  return role === 'customs' ? customsItems : enterpriseItems(standing, actor, counts);
}

/** The menu key for a path: the longest item path it starts with. */
export function selectedKeyFor(pathname: string, role: Role): string {
  const keys =
    role === 'customs'
      ? ['/customs/verifications/new', '/customs']
      : [
          '/filing/change',
          '/filing',
          '/personnel',
          '/agencies',
          '/pre-reviews',
          '/verifications',
          '/acceptance',
          '/downloads/templates',
          '/downloads/materials',
          '/',
        ];
  return keys.find((key) => (key === '/' ? pathname === '/' : pathname.startsWith(key))) ?? '';
}
