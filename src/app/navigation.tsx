// The navigation: every function of the platform (F1–F6) for enterprise users, the console for
// customs. Functions whose screens are not built yet are listed, disabled, so users see the whole
// platform; each issue that builds one enables it here.
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
import type { MenuProps } from 'antd';
import { Link } from 'react-router';
import type { Role } from '@/features/auth/model/authSchemas';

type Item = Required<MenuProps>['items'][number];

const link = (to: string, label: string) => <Link to={to}>{label}</Link>;
const planned = (key: string, label: string): Item => ({
  key,
  label: `${label}（即将开放）`,
  disabled: true,
});

const enterpriseItems: Item[] = [
  { key: '/', icon: <HomeOutlined />, label: link('/', '首页') },
  {
    key: 'filing-group',
    icon: <FileProtectOutlined />,
    label: '企业备案',
    children: [
      { key: '/filing', label: link('/filing', '企业备案申请') },
      planned('/filing/change', '备案变更申请'),
    ],
  },
  {
    key: 'people-group',
    icon: <TeamOutlined />,
    label: '人员与代录入',
    children: [planned('/personnel', '授权人员'), planned('/agencies', '代录入企业')],
  },
  { ...planned('/pre-reviews', '产品预审'), icon: <ExperimentOutlined /> } as Item,
  { ...planned('/verifications', '核查互动'), icon: <SafetyCertificateOutlined /> } as Item,
  { ...planned('/acceptance', '受理情况查询'), icon: <FileSearchOutlined /> } as Item,
  {
    key: 'downloads-group',
    icon: <CloudDownloadOutlined />,
    label: '资料下载',
    children: [
      planned('/downloads/templates', '电子资料模板下载'),
      planned('/downloads/materials', '海关原产地证-资料下载'),
    ],
  },
];

const customsItems: Item[] = [
  { key: '/customs', icon: <AuditOutlined />, label: link('/customs', '审核队列') },
];

export function navigationFor(role: Role): Item[] {
  return role === 'customs' ? customsItems : enterpriseItems;
}

/** The menu key for a path: the longest item path it starts with. */
export function selectedKeyFor(pathname: string, role: Role): string {
  const keys = role === 'customs' ? ['/customs'] : ['/filing/change', '/filing', '/'];
  return keys.find((key) => (key === '/' ? pathname === '/' : pathname.startsWith(key))) ?? '';
}
