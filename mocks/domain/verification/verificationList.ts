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
export function verificationOrder(a: VerificationRecord, b: VerificationRecord): number {
  const waiting = (r: VerificationRecord) => (r.state === '待核查' || r.state === '退回核查' ? 0 : 1);
  return (
    waiting(a) - waiting(b) ||
    (waiting(a) === 0 ? a.deadline.localeCompare(b.deadline) : b.issuedAt.localeCompare(a.issuedAt)) ||
    a.id.localeCompare(b.id)
  );
}
