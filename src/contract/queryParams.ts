// List queries live in the URL (bookmarkable, kept over a reload) and are parsed the same way by
// the page and by the mock service. The page is forgiving (an unreadable parameter of an old
// bookmark falls back to its default); the service is strict (invalidQueryParams: a parameter
// it knows, sent with a value it does not take, is a 400), as docs/api.md states for every list.
import { z } from 'zod';

/** An optional YYYY-MM-DD filter of a date that exists; anything else is ignored. */
export const optionalDateParam = z.iso.date().optional().catch(undefined);

const filled = (params: URLSearchParams) =>
  Object.fromEntries([...params.entries()].filter(([, v]) => v !== ''));

/** A query read from URL parameters (empty ones count as absent): a list's never fails. */
export function parseQueryParams<Schema extends z.ZodType>(
  schema: Schema,
  params: URLSearchParams,
): z.infer<Schema> {
  return schema.parse(filled(params));
}

/** The same, for a query that may lack a parameter it needs (an upload's purpose). */
export function safeQueryParams<Schema extends z.ZodType>(schema: Schema, params: URLSearchParams) {
  return schema.safeParse(filled(params));
}

/**
 * The parameters of `params` that `schema` knows but whose value it would only replace by its
 * fallback (a page size not offered, an unknown status, a date that does not exist). Empty values
 * count as absent and unknown names are ignored, as parseQueryParams does.
 */
export function invalidQueryParams(schema: z.ZodObject, params: URLSearchParams): string[] {
  const invalid = new Set<string>();
  for (const [name, value] of params) {
    if (value === '' || !Object.hasOwn(schema.shape, name)) continue;
    const field = schema.shape[name] as z.ZodType;
    const strict = field instanceof z.ZodCatch ? (field.unwrap() as z.ZodType) : field;
    if (!strict.safeParse(value).success) invalid.add(name);
  }
  return [...invalid];
}

/** A query as URL parameters: its strings and numbers, empty ones left out. */
export function queryToParams(query: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if ((typeof value === 'string' && value !== '') || typeof value === 'number')
      params.set(key, String(value));
  return params;
}

/** A list's page and page size (one of `pageSizes`, else 20). */
export function pagingParams(pageSizes: readonly number[]) {
  return {
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
    pageSize: z.coerce.number().int().pipe(z.literal(pageSizes)).catch(20),
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
