// What the home page tells an enterprise to do next about its filing.
import type { FilingRecord } from '@/contract/filing';

export interface NextStep {
  text: string;
  action: string;
}

export function filingNextStep(filing: FilingRecord | null): NextStep {
  const application = filing?.current;
  if (!filing?.approved) {
    if (!application)
      return {
        text: '企业备案审核通过后，才能办理备案变更、产品预审等业务。请先办理企业备案。',
        action: '办理企业备案',
      };
    switch (application.status) {
      case '暂存':
        return { text: '企业备案申请已暂存，尚未申报。填写完整后请申报。', action: '继续填写企业备案' };
      case '申报':
        return { text: '企业备案申请已申报，正在等待海关审核。', action: '查看企业备案' };
      case '审核不通过':
        return {
          text: `企业备案申请未通过审核：${application.opinion ?? '请查看审核意见'}。请修改后重新申报。`,
          action: '修改企业备案',
        };
      default:
        return { text: '企业备案申请已撤回，可修改后重新申报。', action: '修改企业备案' };
    }
  }
  const production = filing.approved.enterpriseType === '生产型企业';
  return {
    text: production
      ? '企业备案已审核通过，可以办理产品预审等业务。'
      : '企业备案已审核通过。贸易型等非生产型企业无需办理产品预审。',
    action: '查看企业备案',
  };
}
