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
