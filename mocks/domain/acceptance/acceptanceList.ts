// 受理情况查询 as the service answers it: which applications a query matches, and in which order.
import type { AcceptanceItem, AcceptanceQuery } from '@/contract/acceptance';
import { onDaysAsked } from '../dateRange';

export function matchesAcceptance(item: AcceptanceItem, query: AcceptanceQuery): boolean {
  if (query.type && item.type !== query.type) return false;
  if (query.status && item.status !== query.status) return false;
  if (!onDaysAsked(item.declaredAt, query)) return false;
  return true;
}

/** Sorted by the chosen time (undecided last when sorting by 审核时间), then by id. */
export function compareAcceptance(query: AcceptanceQuery): (a: AcceptanceItem, b: AcceptanceItem) => number {
  const direction = query.order === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = a[query.sort] ?? '';
    const y = b[query.sort] ?? '';
    if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0) || a.id.localeCompare(b.id);
    return direction * x.localeCompare(y) || a.id.localeCompare(b.id);
  };
}
