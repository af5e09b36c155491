// The customs console's list: the tab's applications, the officer's filters, their order.
import { reviewOrder, type ReviewItem, type ReviewListQuery } from '@/contract/review';
import { onDaysAsked } from './dateRange';

/** Whether an item belongs to the tab and passes every filter asked. */
export function inQueue(item: ReviewItem, query: ReviewListQuery): boolean {
  if (query.status === 'pending') {
    if (item.status !== '待审核') return false;
  } else if (item.status === '待审核' || item.status === '已撤回') {
    // Withdrawn applications never reached a decision: they are the enterprise's history only.
    return false;
  }
  if (query.type && item.type !== query.type) return false;
  if (query.result && item.status !== query.result) return false;
  if (query.enterprise && !item.enterprise.nameCn.includes(query.enterprise)) return false;
  if (query.uscc && !item.enterprise.uscc.includes(query.uscc.toUpperCase())) return false;
  const day = query.status === 'pending' ? item.declaredAt : item.decidedAt;
  return !(query.from || query.to) || (day !== null && onDaysAsked(day, query));
}

/** The tab's order (reviewOrder), ties by the application's id so that pages never overlap. */
export function sortQueue(items: ReviewItem[], query: ReviewListQuery): ReviewItem[] {
  const { sort, order } = reviewOrder(query);
  const sign = order === 'asc' ? 1 : -1;
  return items.sort(
    (a, b) => sign * ((a[sort] ?? '').localeCompare(b[sort] ?? '') || a.id.localeCompare(b.id)),
  );
}
