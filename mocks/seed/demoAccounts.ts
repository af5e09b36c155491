// The demo accounts and their enterprises. Every scenario starts from these; the login page
// lists them (through the service, not by importing this file).
import type { Role } from '@/contract/auth';
import type { Enterprise } from '../domain/enterprise';

export const DEMO_PASSWORD = 'demo1234';
/** Every demo card medium (卡介质) has this PIN. */
export const DEMO_CARD_PIN = '123456';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  enterpriseId: string | null;
  /** What the account shows in a demo, for the login page's list. */
  situation: string;
  /** The number of the account's card medium, for card login. */
  cardId: string;
}

export const demoEnterprises: Enterprise[] = [
  { id: 'ent-jinggong', nameCn: '宁波海曙精工机械有限公司', uscc: '91330203MA2GQ8XL2M', kind: 'exporter' },
  { id: 'ent-huamao', nameCn: '上海浦东华贸进出口有限公司', uscc: '91310115MA1K4B7N00', kind: 'exporter' },
  {
    id: 'ent-xinqi',
    nameCn: '苏州工业园区新启电子科技有限公司',
    uscc: '91320594MA25C8TK6U',
    kind: 'exporter',
  },
  { id: 'ent-huafeng', nameCn: '温州瓯海华丰鞋业有限公司', uscc: '91330304MA2L7R5D3E', kind: 'exporter' },
  { id: 'ent-tongguan', nameCn: '深圳前海通关代理有限公司', uscc: '91440300MA5FP3QY8Y', kind: 'agency' },
];

/** Who decided the seeded applications: the demo customs officer (haiguan). */
export const SEED_OFFICER = '王敏（宁波海关）';

export const demoAccounts: DemoAccount[] = [
  {
    username: 'jinggong',
    displayName: '陈晓峰',
    role: 'enterprise',
    enterpriseId: 'ent-jinggong',
    situation: '生产型企业，备案已审核通过，可办理产品预审',
    cardId: '8933020300018701',
  },
  {
    username: 'huamao',
    displayName: '李文静',
    role: 'enterprise',
    enterpriseId: 'ent-huamao',
    situation: '贸易型企业，备案已审核通过（非生产型，不办理产品预审）',
    cardId: '8931011500043602',
  },
  {
    username: 'xinqi',
    displayName: '周立新',
    role: 'enterprise',
    enterpriseId: 'ent-xinqi',
    situation: '新企业，尚未备案',
    cardId: '8932059400082203',
  },
  {
    username: 'huafeng',
    displayName: '吴海燕',
    role: 'enterprise',
    enterpriseId: 'ent-huafeng',
    situation: '生产型企业，企业备案已申报，等待海关审核',
    cardId: '8933030400057504',
  },
  {
    username: 'tongguan',
    displayName: '黄嘉怡',
    role: 'agency',
    enterpriseId: 'ent-tongguan',
    situation: '代录入企业（报关代理），代授权企业办理业务',
    cardId: '8944030000036805',
  },
  {
    username: 'haiguan',
    displayName: SEED_OFFICER,
    role: 'customs',
    enterpriseId: null,
    situation: '海关审核人员，使用海关模拟审核台',
    cardId: '8931000000000106',
  },
];
