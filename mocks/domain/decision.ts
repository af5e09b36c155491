// Customs' decision on a declared application, as every kind's write receives it.
import type { Decision } from '@/contract/review';

export interface DecisionInput {
  decision: Decision;
  /** 审核意见; empty lets the kind write its own approval words. */
  opinion: string;
  now: string;
  /** The officer deciding (their display name), kept with the decision. */
  by: string;
}
