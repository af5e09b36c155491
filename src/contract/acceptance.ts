// 受理情况查询 (F5): every application the enterprise has made, of every kind, with where customs
// stands on it, and the query that filters, sorts and pages them (GET /api/acceptance).
import { z } from 'zod';
import { optionalDateParam, searchQuerySchema } from './queryParams';
import { LIST_PAGE_SIZES } from './pageQuery';
import { isoDateTimeSchema } from './http';
import { applicationTypes } from './applications';

export const acceptanceStatuses = ['待审核', '审核通过', '审核不通过', '已撤回', '已生效', '已撤销'] as const;
export type AcceptanceStatus = (typeof acceptanceStatuses)[number];

/** Which screen shows the record an application concerns. */
export const recordAreas = ['filing', 'personnel', 'agencies', 'preReview', 'verification'] as const;
export type RecordArea = (typeof recordAreas)[number];

export const acceptanceItemSchema = z.object({
  id: z.string(),
  type: z.enum(applicationTypes),
  area: z.enum(recordAreas),
  recordId: z.string(),
  subject: z.string(),
  /** 受理海关 */
  customsOffice: z.string().nullable(),
  declaredAt: isoDateTimeSchema,
  status: z.enum(acceptanceStatuses),
  decidedAt: isoDateTimeSchema.nullable(),
  opinion: z.string().nullable(),
  /** Customs' own wording for an approval, e.g. 备案审核通过，备案号是…… */
  approvalReceipt: z.string().optional(),
});
export type AcceptanceItem = z.infer<typeof acceptanceItemSchema>;

export const acceptanceSortFields = ['declaredAt', 'decidedAt'] as const;

export const acceptanceQuerySchema = searchQuerySchema(
  {
    type: z.enum(applicationTypes).optional().catch(undefined),
    status: z.enum(acceptanceStatuses).optional().catch(undefined),
    /** Declared on or after / on or before these Beijing dates. */
    from: optionalDateParam,
    to: optionalDateParam,
  },
  acceptanceSortFields,
  LIST_PAGE_SIZES,
);
export type AcceptanceQuery = z.infer<typeof acceptanceQuerySchema>;

export const acceptanceListResponseSchema = z.object({
  items: z.array(acceptanceItemSchema),
  total: z.number().int().nonnegative(),
  /** Over all of the enterprise's applications, whatever the filters: for the home page. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** The latest customs decisions, newest first: for the home page. */
  recentDecisions: z.array(acceptanceItemSchema),
});
export type AcceptanceList = z.infer<typeof acceptanceListResponseSchema>;
