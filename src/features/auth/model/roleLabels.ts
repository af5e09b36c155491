import type { Role } from '@/contract/auth';

/** What each kind of account is called on screen. */
export const roleLabels: Record<Role, string> = {
  enterprise: '企业用户',
  agency: '代录入企业',
  customs: '海关审核人员',
};
