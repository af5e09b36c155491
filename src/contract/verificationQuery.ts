// The verification list's filters (state, issue dates, subject; GET /api/verifications), parsed
// from the URL the same way by the list page and the service.
import { z } from 'zod';
import { optionalDateParam, parseQueryParams, queryToParams } from '@/domain/queryParams';
import { verificationStates } from './verification';

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
