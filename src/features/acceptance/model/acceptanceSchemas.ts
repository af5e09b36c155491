// 受理情况查询 (F5): every application the enterprise has made, of every kind, with where customs
// stands on it. The service derives these from the records each feature writes (never a copy).
import { z } from 'zod';
import { optionalDateParam, parseQueryParams, queryToParams } from '@/domain/queryParams';
import { isoDateTimeSchema } from '@/domain/apiContract';
import { beijingDate } from '@/domain/beijingDate';

export const acceptanceStatuses = ['待审核', '审核通过', '审核不通过', '已撤回', '已生效', '已撤销'] as const;
export type AcceptanceStatus = (typeof acceptanceStatuses)[number];

/** The kinds, as the list names them (the filter offers these). */
export const acceptanceKinds = [
  '企业备案申请',
  '备案变更申请',
  '授权人员备案',
  '代录入授权',
  '产品预审申请',
  '产品预审变更申请',
  '产品预审注销申请',
  '产品预审恢复申请',
  '产品预审删除申请',
  '核查回复',
] as const;

/** Which screen shows the record an application concerns. */
export const recordAreas = ['filing', 'personnel', 'agencies', 'preReview', 'verification'] as const;
export type RecordArea = (typeof recordAreas)[number];

export const acceptanceItemSchema = z.object({
  id: z.string(),
  kindLabel: z.string(),
  area: z.enum(recordAreas),
  recordId: z.string(),
  subject: z.string(),
  /** 受理海关 */
  customsOffice: z.string().nullable(),
  declaredAt: isoDateTimeSchema,
  status: z.enum(acceptanceStatuses),
  /** As the kind says it (核查完成 for a completed verification); defaults to `status`. */
  statusLabel: z.string(),
  decidedAt: isoDateTimeSchema.nullable(),
  opinion: z.string().nullable(),
  /** 回执: customs' receipt, e.g. 备案审核通过，备案号是…… */
  receipt: z.string(),
});
export type AcceptanceItem = z.infer<typeof acceptanceItemSchema>;

export const acceptanceSortFields = ['declaredAt', 'decidedAt'] as const;
export const ACCEPTANCE_PAGE_SIZES = [10, 20, 50, 100] as const;

export const acceptanceQuerySchema = z.object({
  kind: z.enum(acceptanceKinds).optional().catch(undefined),
  status: z.enum(acceptanceStatuses).optional().catch(undefined),
  /** Declared on or after / on or before these Beijing dates. */
  from: optionalDateParam,
  to: optionalDateParam,
  sort: z.enum(acceptanceSortFields).catch('declaredAt'),
  order: z.enum(['asc', 'desc']).catch('desc'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (ACCEPTANCE_PAGE_SIZES as readonly number[]).includes(n))
    .catch(20),
});
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

export function parseAcceptanceQuery(params: URLSearchParams): AcceptanceQuery {
  return parseQueryParams(acceptanceQuerySchema, params);
}

export function acceptanceQueryToParams(query: Partial<AcceptanceQuery>): URLSearchParams {
  return queryToParams(query);
}

export function matchesAcceptance(item: AcceptanceItem, query: AcceptanceQuery): boolean {
  if (query.kind && item.kindLabel !== query.kind) return false;
  if (query.status && item.status !== query.status) return false;
  const day = beijingDate(item.declaredAt);
  if (query.from && day < query.from) return false;
  if (query.to && day > query.to) return false;
  return true;
}

/** Sorted by the chosen time (undecided last when sorting by 审核时间), then by id. */
export function compareAcceptance(query: AcceptanceQuery): (a: AcceptanceItem, b: AcceptanceItem) => number {
  const direction = query.order === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = a[query.sort] ?? '';
    const y = b[query.sort] ?? '';
    if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0) || a.id.localeCompare(b.id);
    return direction * x.localeCompare(y) || a.id.localeCompare(b.id);
  };
}

/** 回执: what customs' answer says, in one sentence. */
export function receiptOf(item: {
  kindLabel: string;
  status: AcceptanceStatus;
  statusLabel: string;
  opinion: string | null;
  /** A kind's own wording for an approval (a filing names its 备案号). */
  approvalReceipt?: string;
}): string {
  switch (item.status) {
    case '待审核':
      return `${item.kindLabel}已受理，等待海关审核`;
    case '审核通过':
      return (
        item.approvalReceipt ??
        `${item.kindLabel}${item.statusLabel}${item.opinion ? `：${item.opinion}` : ''}`
      );
    case '审核不通过':
      return `${item.kindLabel}${item.statusLabel}${item.opinion ? `：${item.opinion}` : ''}`;
    case '已撤回':
      return '企业已撤回该申请';
    case '已生效':
      return '代录入授权已生效';
    case '已撤销':
      return '代录入授权已撤销';
  }
}

/** The page of the record an application concerns. */
export function recordPath(item: Pick<AcceptanceItem, 'area' | 'recordId'>): string {
  switch (item.area) {
    case 'filing':
      return '/filing';
    case 'personnel':
      return '/personnel';
    case 'agencies':
      return '/agencies';
    case 'preReview':
      return `/pre-reviews/${encodeURIComponent(item.recordId)}`;
    case 'verification':
      return `/verifications/${encodeURIComponent(item.recordId)}`;
  }
}
