// Which verifications the list's filters match, and in which order the service lists them.
import { subjectLabel } from '@/domain/verification/verificationRules';
import type { VerificationRecord } from '@/contract/verification';
import type { VerificationQuery } from '@/contract/verificationQuery';
import { onDaysAsked } from '../dateRange';

export function matchesVerification(record: VerificationRecord, query: VerificationQuery): boolean {
  if (query.state && record.state !== query.state) return false;
  if (!onDaysAsked(record.issuedAt, query)) return false;
  if (query.q && !subjectLabel(record.subject).includes(query.q) && !record.number.includes(query.q))
    return false;
  return true;
}

/** Awaiting the enterprise first, soonest deadline first; then the rest, newest first. */
function byPriority(a: VerificationRecord, b: VerificationRecord): number {
  const waiting = (r: VerificationRecord) => (r.state === '待核查' || r.state === '退回核查' ? 0 : 1);
  return (
    waiting(a) - waiting(b) ||
    (waiting(a) === 0 ? a.deadline.localeCompare(b.deadline) : b.issuedAt.localeCompare(a.issuedAt)) ||
    a.id.localeCompare(b.id)
  );
}

/** The order the query asks for (`priority` by default; ties by id, so pages never overlap). */
export function verificationOrder(query: Pick<VerificationQuery, 'sort' | 'order'>) {
  if (query.sort === 'priority') return byPriority;
  const field = query.sort;
  const direction = query.order === 'asc' ? 1 : -1;
  return (a: VerificationRecord, b: VerificationRecord) =>
    direction * a[field].localeCompare(b[field]) || a.id.localeCompare(b.id);
}
