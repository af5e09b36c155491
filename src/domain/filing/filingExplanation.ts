// Where the enterprise's filing stands, in words: what happened to its last application, what the
// filing is now, and the one next step (the filing page's 办理情况 panel and the home page's card
// read it). A refused change leaves the approved filing as it was (FR3) — the status alone does
// not say so. 申报 reads 审核中: the exporter waits for customs, it has nothing more to declare.
import type { FilingApplicationStatus, FilingRecord } from '@/contract/filing';

export interface FilingExplanation {
  tone: 'info' | 'success' | 'warning' | 'error';
  /** One line: what happened and what the filing is now. */
  title: string;
  /** What it means for the enterprise's other business. */
  detail: string;
  /** Customs' opinion on the application, when it decided one. */
  opinion: string | null;
  /** The next step's button, and the page it opens. */
  action: string;
  page: 'filing' | 'change';
}

/** 申请状态 as the exporter reads it: a declared application is with customs. */
export function filingStatusLabel(status: FilingApplicationStatus): string {
  return status === '申报' ? '审核中' : status;
}

const businessOpen = (enterpriseType: string | undefined): string =>
  enterpriseType === '生产型企业'
    ? '可以办理产品预审、核查互动等业务。'
    : '贸易型等非生产型企业无需办理产品预审，可以办理核查互动等业务。';

export function explainFiling(filing: FilingRecord | null): FilingExplanation {
  const application = filing?.current ?? null;
  const approved = filing?.approved ?? null;
  const opinion = application?.decidedAt ? (application.opinion ?? null) : null;

  if (!application || !approved) {
    // No approved filing yet: everything waits for the first one.
    const waits = '企业备案审核通过后，才能办理备案变更、产品预审等业务。';
    switch (application?.status) {
      case undefined:
        return {
          tone: 'info',
          title: '尚未办理企业备案',
          detail: waits,
          opinion: null,
          action: '办理企业备案',
          page: 'filing',
        };
      case '暂存':
        return {
          tone: 'info',
          title: '企业备案申请已暂存，尚未申报',
          detail: `填写完整后请申报，由海关审核。${waits}`,
          opinion: null,
          action: '继续填写企业备案',
          page: 'filing',
        };
      case '申报':
        return {
          tone: 'info',
          title: '企业备案申请已申报，海关审核中',
          detail: `海关审核前可以撤回后修改。${waits}`,
          opinion: null,
          action: '查看企业备案',
          page: 'filing',
        };
      case '审核不通过':
        return {
          tone: 'error',
          title: '企业备案申请未通过审核',
          detail: `请按海关审核意见修改后重新申报。${waits}`,
          opinion,
          action: '修改企业备案',
          page: 'filing',
        };
      default:
        return {
          tone: 'warning',
          title: '企业备案申请已撤回，尚未重新申报',
          detail: `修改后请重新申报。${waits}`,
          opinion: null,
          action: '修改企业备案',
          page: 'filing',
        };
    }
  }

  const open = businessOpen(approved.enterpriseType);
  if (application.kind === 'filing')
    return {
      tone: 'success',
      title: '企业备案已审核通过',
      detail: `${open}备案信息有变化时，请办理备案变更。`,
      opinion,
      action: '查看企业备案',
      page: 'filing',
    };

  const stillValid = '在变更审核通过前，备案信息仍按原来经海关审核的内容有效。';
  switch (application.status) {
    case '暂存':
      return {
        tone: 'info',
        title: '备案变更申请已暂存，尚未申报',
        detail: stillValid,
        opinion: null,
        action: '继续填写备案变更',
        page: 'change',
      };
    case '申报':
      return {
        tone: 'info',
        title: '备案变更申请已申报，海关审核中',
        detail: `${stillValid}审核前可以撤回后修改。`,
        opinion: null,
        action: '查看备案变更',
        page: 'change',
      };
    case '审核通过':
      return {
        tone: 'success',
        title: '备案变更已审核通过，备案信息已更新',
        detail: open,
        opinion,
        action: '查看企业备案',
        page: 'filing',
      };
    case '审核不通过':
      return {
        tone: 'warning',
        title: '备案变更申请未通过审核，备案信息未变更',
        detail: `备案信息仍为变更前经海关审核的内容。如仍需变更，请按审核意见重新办理备案变更。`,
        opinion,
        action: '重新办理备案变更',
        page: 'change',
      };
    default:
      return {
        tone: 'info',
        title: '备案变更申请已撤回，备案信息未变更',
        detail: '备案信息仍为经海关审核的内容；需要时可以重新办理备案变更。',
        opinion: null,
        action: '办理备案变更',
        page: 'change',
      };
  }
}
