// 受理情况查询 as the service answers it: which applications a query matches, and in which order.
// Both read only what the index keeps of an application (its type, status, times and id), so
// the service filters and sorts every application of an enterprise without building its item.
import type { AcceptanceItem, AcceptanceQuery } from '@/contract/acceptance';
import { onDaysAsked } from '../dateRange';
import { compareText } from '../sortedRows';

/** What the query reads of an application. */
export type AcceptanceRow = Pick<AcceptanceItem, 'id' | 'type' | 'status' | 'declaredAt' | 'decidedAt'>;

export function matchesAcceptance(item: AcceptanceRow, query: AcceptanceQuery): boolean {
  if (query.type && item.type !== query.type) return false;
  if (query.status && item.status !== query.status) return false;
  if (!onDaysAsked(item.declaredAt, query)) return false;
  return true;
}

/** Sorted by the chosen time (undecided last when sorting by 审核时间), then by id. */
export function compareAcceptance(query: AcceptanceQuery): (a: AcceptanceRow, b: AcceptanceRow) => number {
  const direction = query.order === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = a[query.sort] ?? '';
    const y = b[query.sort] ?? '';
    if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0) || compareText(a.id, b.id);
    return direction * compareText(x, y) || compareText(a.id, b.id);
  };
}
