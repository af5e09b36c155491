// The pre-review list's query (查询, GET /api/pre-reviews): filters, sorting and paging, parsed
// from the URL the same way by the list page and the customs service.
import { z } from 'zod';
import {
  optionalDateParam,
  optionalTextParam,
  parseQueryParams,
  queryToParams,
  searchQuerySchema,
} from './queryParams';
import { LIST_PAGE_SIZES } from './pageQuery';
import { applicationStatuses, recordStates } from './preReview';

export const sortFields = ['updatedAt', 'nameCn', 'hsCode'] as const;
export const PAGE_SIZES = LIST_PAGE_SIZES;

export const listQuerySchema = searchQuerySchema(
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
  sortFields,
  PAGE_SIZES,
);
export type ListQuery = z.infer<typeof listQuerySchema>;

export function parseListQuery(params: URLSearchParams): ListQuery {
  return parseQueryParams(listQuerySchema, params);
}

export function listQueryToParams(query: Partial<ListQuery>): URLSearchParams {
  return queryToParams(query);
}
