// What each kind of application is called on screen: the 申请类型 column of 受理情况查询 and of
// the customs console, and the history of a record.
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
