// The query of a list that is only paged (授权人员, 代录入企业, the customs console): page and
// page size, parsed from the URL the same way by the page and the service.
import { z } from 'zod';
import { pagingParams } from './queryParams';

export const LIST_PAGE_SIZES = [10, 20, 50, 100] as const;

export const pageQuerySchema = z.object(pagingParams(LIST_PAGE_SIZES));
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** How many rows match in all, beside one page of them. */
export const totalSchema = z.number().int().nonnegative();
