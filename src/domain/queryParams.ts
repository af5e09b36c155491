// List queries live in the URL (bookmarkable, kept over a reload) and are parsed the same way by
// the page and by the mock service. Unreadable parameters fall back to their defaults.
import { z } from 'zod';

/** An optional YYYY-MM-DD filter of a date that exists; anything else is ignored. */
export const optionalDateParam = z.iso.date().optional().catch(undefined);

export function parseQueryParams<Schema extends z.ZodType>(
  schema: Schema,
  params: URLSearchParams,
): z.infer<Schema> {
  return schema.parse(Object.fromEntries([...params.entries()].filter(([, v]) => v !== '')));
}

export function queryToParams(query: Partial<Record<string, string | number | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}

/** A list's page and page size (one of `pageSizes`, else 20). */
export function pagingParams(pageSizes: readonly number[]) {
  return {
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
    pageSize: z.coerce
      .number()
      .int()
      .refine((n) => pageSizes.includes(n))
      .catch(20),
  };
}

/** A list's sort order, newest (largest) first unless asked. */
export const orderParam = z.enum(['asc', 'desc']).catch('desc');

/** A text filter: part of a name, code or number. */
export const optionalTextParam = z.string().trim().max(100).optional().catch(undefined);

/** A searched list's query: its filters, a sort field (the first one unless asked), order and page. */
export function searchQuerySchema<Filters extends z.ZodRawShape, Sort extends readonly [string, ...string[]]>(
  filters: Filters,
  sortFields: Sort,
  pageSizes: readonly number[],
) {
  return z.object({
    ...filters,
    sort: z.enum(sortFields).catch(sortFields[0]),
    order: orderParam,
    ...pagingParams(pageSizes),
  });
}
