// How the console names an application and its status.
import type { ReviewItem } from '@/contract/review';
import { applicationTypeLabels, statusLabel } from '@/lib/applicationTypeLabels';

/** The status as this kind says it: 待审核, or the outcome's own word. */
export function shownStatus(item: Pick<ReviewItem, 'status' | 'type'>): string {
  return statusLabel(item);
}

/** 申请类型, e.g. 企业备案申请. */
export function typeLabel(item: Pick<ReviewItem, 'type'>): string {
  return applicationTypeLabels[item.type];
}
