// The verification list's filters (state, issue dates, subject), parsed from the URL the same
// way by the list page and the mock service, which applies them.
import { z } from 'zod';
import { optionalDateParam, parseQueryParams, queryToParams } from '@/domain/queryParams';
import { beijingDate } from '@/domain/beijingDate';
import { subjectLabel } from './verificationRules';
import { verificationStates, type VerificationRecord } from './verificationSchemas';

export const verificationQuerySchema = z.object({
  state: z.enum(verificationStates).optional().catch(undefined),
  /** Issued on or after / on or before this Beijing date. */
  from: optionalDateParam,
  to: optionalDateParam,
  /** Part of the subject (product name, HS code, certificate number) or of the 核查记录单号. */
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type VerificationQuery = z.infer<typeof verificationQuerySchema>;

export function parseVerificationQuery(params: URLSearchParams): VerificationQuery {
  return parseQueryParams(verificationQuerySchema, params);
}

export function verificationQueryToParams(query: VerificationQuery): URLSearchParams {
  return queryToParams(query);
}

export function matchesVerification(record: VerificationRecord, query: VerificationQuery): boolean {
  if (query.state && record.state !== query.state) return false;
  const day = beijingDate(record.issuedAt);
  if (query.from && day < query.from) return false;
  if (query.to && day > query.to) return false;
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
