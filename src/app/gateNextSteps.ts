// What the user can do about each reason the gate closes a function (FR2–FR4, F2): the domain
// says why; where to go next is the app's.
import type { Block } from '@/domain/capabilities';
import { paths } from '@/lib/paths';

export interface NextStep {
  label: string;
  path: string;
}

export const gateNextSteps: Record<Block, NextStep> = {
  outOfScope: { label: '返回首页', path: paths.home() },
  filingNotApproved: { label: '办理企业备案', path: paths.filing() },
  changeUnderReview: { label: '查看备案变更申请', path: paths.filingChange() },
  notProducer: { label: '查看企业备案', path: paths.filing() },
};
