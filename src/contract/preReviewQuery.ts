// The pre-review list's query (查询, GET /api/pre-reviews): filters, sorting and paging, parsed
// from the URL the same way by the list page and the customs service.
import { z } from 'zod';
import {
  optionalDateParam,
  orderParam,
  pagingParams,
  parseQueryParams,
  queryToParams,
} from '@/domain/queryParams';
import { applicationStatuses, recordStates } from './preReview';

export const sortFields = ['updatedAt', 'nameCn', 'hsCode'] as const;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

const optionalText = z.string().trim().max(100).optional().catch(undefined);

export const listQuerySchema = z.object({
  ...pagingParams(PAGE_SIZES),
  name: optionalText,
  hs: optionalText,
  state: z.enum(recordStates).optional().catch(undefined),
  status: z.enum(applicationStatuses).optional().catch(undefined),
  /** Updated on or after / before this Beijing date. */
  from: optionalDateParam,
  to: optionalDateParam,
  sort: z.enum(sortFields).catch('updatedAt'),
  order: orderParam,
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export function parseListQuery(params: URLSearchParams): ListQuery {
  return parseQueryParams(listQuerySchema, params);
}

export function listQueryToParams(query: Partial<ListQuery>): URLSearchParams {
  return queryToParams(query);
}
