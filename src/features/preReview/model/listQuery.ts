// The pre-review list's query (查询): filters, sorting and paging, parsed from the URL the same
// way by the list page and the customs service, and applied by the service.
import { z } from 'zod';
import { applicationStatuses, recordStates, type PreReviewRecord } from './preReviewSchemas';

export const sortFields = ['updatedAt', 'nameCn', 'hsCode'] as const;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

const optionalText = z.string().trim().max(100).optional().catch(undefined);
const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(20),
  name: optionalText,
  hs: optionalText,
  state: z.enum(recordStates).optional().catch(undefined),
  status: z.enum(applicationStatuses).optional().catch(undefined),
  /** Updated on or after / before this Beijing date. */
  from: optionalDate,
  to: optionalDate,
  sort: z.enum(sortFields).catch('updatedAt'),
  order: z.enum(['asc', 'desc']).catch('desc'),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export function parseListQuery(params: URLSearchParams): ListQuery {
  return listQuerySchema.parse(Object.fromEntries([...params.entries()].filter(([, v]) => v !== '')));
}

export function listQueryToParams(query: Partial<ListQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}

/** Beijing calendar date of an ISO instant. */
const beijingDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export function matches(record: PreReviewRecord, query: ListQuery): boolean {
  if (record.removedAt) return false; // ST4: a removed record is never listed again
  const { product } = record.data;
  if (
    query.name &&
    !product.nameCn.includes(query.name) &&
    !product.nameEn.toLowerCase().includes(query.name.toLowerCase())
  )
    return false;
  if (query.hs && !product.hsCode.startsWith(query.hs)) return false;
  if (query.state && record.state !== query.state) return false;
  if (query.status && record.applicationStatus !== query.status) return false;
  const day = beijingDay(record.updatedAt);
  if (query.from && day < query.from) return false;
  if (query.to && day > query.to) return false;
  return true;
}

const names = new Intl.Collator('zh-CN');
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorting by the chosen field, then by id so that pages never overlap. */
export function compareBy(query: ListQuery): (a: PreReviewRecord, b: PreReviewRecord) => number {
  const direction = query.order === 'asc' ? 1 : -1;
  const byField =
    query.sort === 'nameCn'
      ? (a: PreReviewRecord, b: PreReviewRecord) =>
          names.compare(a.data.product.nameCn, b.data.product.nameCn)
      : query.sort === 'hsCode'
        ? (a: PreReviewRecord, b: PreReviewRecord) => plain(a.data.product.hsCode, b.data.product.hsCode)
        : (a: PreReviewRecord, b: PreReviewRecord) => plain(a.updatedAt, b.updatedAt);
  return (a, b) => direction * byField(a, b) || plain(a.id, b.id);
}
