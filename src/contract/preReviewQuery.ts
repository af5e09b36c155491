// The pre-review list's query (查询, GET /api/pre-reviews): filters, sorting and paging, parsed
// from the URL the same way by the list page and the customs service.
import { z } from 'zod';
import { optionalDateParam, optionalTextParam, searchQuerySchema } from './queryParams';
import { LIST_PAGE_SIZES } from './pageQuery';
import { applicationStatuses, recordStates } from './preReview';

export const preReviewSortFields = ['updatedAt', 'nameCn', 'hsCode'] as const;

export const preReviewQuerySchema = searchQuerySchema(
  {
    /** 预审编号, or any part of it (e.g. its run, P0012). */
    number: optionalTextParam,
    name: optionalTextParam,
    hs: optionalTextParam,
    state: z.enum(recordStates).optional().catch(undefined),
    status: z.enum(applicationStatuses).optional().catch(undefined),
    /** Updated on or after / before this Beijing date. */
    from: optionalDateParam,
    to: optionalDateParam,
  },
  preReviewSortFields,
  LIST_PAGE_SIZES,
);
export type PreReviewQuery = z.infer<typeof preReviewQuerySchema>;
