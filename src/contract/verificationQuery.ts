// The verification list's query (state, issue dates, subject; sort and page; GET /api/verifications),
// parsed from the URL the same way by the list page and the service.
import { z } from 'zod';
import { optionalDateParam, optionalTextParam, searchQuerySchema } from './queryParams';
import { LIST_PAGE_SIZES } from './pageQuery';
import { verificationStates } from './verification';

/** `priority`: awaiting the enterprise first, soonest deadline first; then the rest, newest first. */
export const verificationSortFields = ['priority', 'issuedAt', 'deadline'] as const;

export const verificationQuerySchema = searchQuerySchema(
  {
    state: z.enum(verificationStates).optional().catch(undefined),
    /** Issued on or after / on or before this Beijing date. */
    from: optionalDateParam,
    to: optionalDateParam,
    /** Part of the subject (product name, HS code, certificate number) or of the 核查记录单号. */
    q: optionalTextParam,
  },
  verificationSortFields,
  LIST_PAGE_SIZES,
);
export type VerificationQuery = z.infer<typeof verificationQuerySchema>;
