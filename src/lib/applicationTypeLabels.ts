// What each kind of application is called on screen (the 申请类型 column of 受理情况查询 and of
// the customs console, a record's history), and what customs' decision on it is called.
import type { ApplicationType } from '@/contract/applications';

export const applicationTypeLabels: Readonly<Record<ApplicationType, string>> = {
  filing: '企业备案申请',
  filingChange: '备案变更申请',
  personnel: '授权人员备案',
  agency: '代录入授权',
  preReviewNew: '产品预审申请',
  preReviewChange: '产品预审变更申请',
  preReviewCancel: '产品预审注销申请',
  preReviewRestore: '产品预审恢复申请',
  preReviewDelete: '产品预审删除申请',
  verificationResponse: '核查回复',
};

/** Where approving and rejecting are called otherwise than 审核通过 / 审核不通过. */
const outcomeWords: Partial<Record<ApplicationType, { approve: string; reject: string }>> = {
  verificationResponse: { approve: '核查完成', reject: '退回核查' },
};

/** What approving and rejecting an application of `type` are called (the console's choices). */
export function decisionLabels(type: ApplicationType): { approve: string; reject: string } {
  return outcomeWords[type] ?? { approve: '审核通过', reject: '审核不通过' };
}

/** The status as the kind says it: 核查完成 for an approved verification response, else as is. */
export function statusLabel(item: { type: ApplicationType; status: string }): string {
  if (item.status === '审核通过') return decisionLabels(item.type).approve;
  if (item.status === '审核不通过') return decisionLabels(item.type).reject;
  return item.status;
}
