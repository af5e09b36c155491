// 回执: what customs' answer to an application says, in one sentence, from its status and
// opinion (and customs' own wording for an approval, such as a filing's 备案号).
import type { ApplicationType } from '@/contract/applications';
import type { AcceptanceStatus } from '@/contract/acceptance';
import { applicationTypeLabels, statusLabel } from '@/lib/applicationTypeLabels';

/** 回执: what customs' answer says, in one sentence. */
export function receiptOf(item: {
  type: ApplicationType;
  status: AcceptanceStatus;
  opinion: string | null;
  /** A kind's own wording for an approval (a filing names its 备案号). */
  approvalReceipt?: string;
}): string {
  switch (item.status) {
    case '待审核':
      return `${applicationTypeLabels[item.type]}已受理，等待海关审核`;
    case '审核通过':
      return (
        item.approvalReceipt ??
        `${applicationTypeLabels[item.type]}${statusLabel(item)}${item.opinion ? `：${item.opinion}` : ''}`
      );
    case '审核不通过':
      return `${applicationTypeLabels[item.type]}${statusLabel(item)}${item.opinion ? `：${item.opinion}` : ''}`;
    case '已撤回':
      return '企业已撤回该申请';
    case '已生效':
      return '代录入授权已生效';
    case '已撤销':
      return '代录入授权已撤销';
  }
}
