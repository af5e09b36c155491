// 海关模拟审核台: the queue of declared applications of every enterprise and customs' decision.
// Every kind of application (filing, filing change, personnel, pre-review …) appears in the same
// shape, so the console needs nothing new when a feature adds a kind.
import { z } from 'zod';
import { multiLine } from '@/values/plainText';
import { fileRefSchema } from '@/values/files';
import { optionalDateParam, optionalTextParam, pagingParams } from './queryParams';
import { LIST_PAGE_SIZES, totalSchema } from './pageQuery';
import { defineFields, labelsOf, tooLongMessage } from './fieldTable';
import { isoDateTimeSchema } from './http';
import { applicationTypes } from './applications';
import { sheetSchema } from './sheet';

/** 已撤回: withdrawn by the enterprise before customs decided (never in the console's queue). */
export const reviewStatuses = ['待审核', '审核通过', '审核不通过', '已撤回'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const reviewDetailSchema = z.object({
  label: z.string(),
  value: z.string(),
  /** For changes: the value before, when it differs. */
  previous: z.string().optional(),
  /** A document, which the officer can download. */
  file: fileRefSchema.optional(),
});
export type ReviewDetail = z.infer<typeof reviewDetailSchema>;

/** The queues of the customs console, one per kind of record customs decides on. */
export const reviewQueues = ['filing', 'personnel', 'preReview', 'verification'] as const;
export type ReviewQueue = (typeof reviewQueues)[number];

export const NO_SUCH_KIND = '没有这种申请类型。';
/** The path of one application: `:kind` one of the queues (any other is no address: 404). */
export const reviewPathParams = z.object({ kind: z.enum(reviewQueues, { error: NO_SUCH_KIND }) });

export const reviewItemSchema = z.object({
  /** Which queue decides it: the `:kind` of /api/customs/applications/:kind/:recordId/decision. */
  kind: z.enum(reviewQueues),
  /** What the application is (the app names it). */
  type: z.enum(applicationTypes),
  /** The application (unique across the queue). */
  id: z.string(),
  /** The record a decision applies to, and its version. */
  recordId: z.string(),
  version: z.number().int().positive(),
  enterprise: z.object({ id: z.string(), nameCn: z.string(), uscc: z.string() }),
  /** What the application is about: the enterprise, product or record it concerns. */
  subject: z.string(),
  /** 申请内容: what it asks, in one line (a change's fields, a product and its percentages). */
  asked: z.string(),
  customsOffice: z.string().nullable(),
  declaredAt: isoDateTimeSchema,
  status: z.enum(reviewStatuses),
  decidedAt: isoDateTimeSchema.nullable(),
  opinion: z.string().nullable(),
  /** Who decided (the officer's name); null before a decision, and for decisions recorded
   * before the service kept it. */
  decidedBy: z.string().nullable(),
  details: z.array(reviewDetailSchema),
  /** The cost sheet a pre-review application declares (as it would be once approved), so the
   * officer sees the same 原产地标准预判 the exporter saw; other kinds have none. */
  sheet: sheetSchema.optional(),
  /** A kind's own receipt for an approval, e.g. 备案审核通过，备案号是…… */
  approvalReceipt: z.string().optional(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const reviewQueueResponseSchema = z.object({ items: z.array(reviewItemSchema), total: totalSchema });

export const reviewFilters = ['pending', 'decided'] as const;
export type ReviewFilter = (typeof reviewFilters)[number];

/** A decided application's outcome, the 已审核 tab's 审核结果 filter. */
export const reviewResults = ['审核通过', '审核不通过'] as const;
export const reviewSortFields = ['declaredAt', 'decidedAt'] as const;
export type ReviewSortField = (typeof reviewSortFields)[number];

/**
 * The console's list as its URL holds it: which tab, the officer's filters, the order and the
 * page. The date range is of 申报日期 on 待审核 and of 审核日期 on 已审核. Without a sort, each tab
 * has its own order (reviewOrder).
 */
export const reviewQueueQuerySchema = z.object({
  status: z.enum(reviewFilters).catch('pending'),
  type: z.enum(applicationTypes).optional().catch(undefined),
  /** Part of the enterprise's name. */
  enterprise: optionalTextParam,
  /** Part of the enterprise's 统一社会信用代码 (letters in either case). */
  uscc: optionalTextParam,
  result: z.enum(reviewResults).optional().catch(undefined),
  from: optionalDateParam,
  to: optionalDateParam,
  sort: z.enum(reviewSortFields).optional().catch(undefined),
  order: z.enum(['asc', 'desc']).optional().catch(undefined),
  ...pagingParams(LIST_PAGE_SIZES),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

/**
 * The order a tab lists in unless the officer chose one: 待审核 oldest declaration first (first
 * come, first served), 已审核 newest decision first.
 */
export function reviewOrder(query: Pick<ReviewQueueQuery, 'status' | 'sort' | 'order'>): {
  sort: ReviewSortField;
  order: 'asc' | 'desc';
} {
  const pending = query.status === 'pending';
  return {
    sort: query.sort ?? (pending ? 'declaredAt' : 'decidedAt'),
    order: query.order ?? (pending ? 'asc' : 'desc'),
  };
}

/** A review the console opens from its URL (`?review=filing.filing-ent-xinqi`): kind and record. */
export const reviewKeySchema = z.object({ kind: z.enum(reviewQueues), recordId: z.string().min(1).max(100) });
export type ReviewKey = z.infer<typeof reviewKeySchema>;

export function parseReviewKey(value: string | null): ReviewKey | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  const parsed = reviewKeySchema.safeParse({ kind: value.slice(0, dot), recordId: value.slice(dot + 1) });
  return dot > 0 && parsed.success ? parsed.data : null;
}
export const reviewKeyParam = (key: ReviewKey) => `${key.kind}.${key.recordId}`;

/** GET /customs/applications/:kind/:recordId: the record's latest declared application. */
export const reviewItemResponseSchema = z.object({ item: reviewItemSchema });

export const decisions = ['approve', 'reject'] as const;
export type Decision = (typeof decisions)[number];

/** 审核结果 and 审核意见: customs' decision on one application. */
export const decisionFields = defineFields({
  decision: { label: '审核结果', required: true, choice: true },
  opinion: {
    label: '审核意见',
    max: 500,
    multiline: true,
    placeholder: '审核不通过时必填：说明需要企业修改的内容',
  },
});
export const decisionFieldLabels = labelsOf(decisionFields);

export const decisionRequestSchema = z
  .object({
    version: z.number().int().positive(),
    decision: z.enum(decisions, { error: `请选择${decisionFields.decision.label}` }),
    opinion: multiLine(
      z.string().trim().max(decisionFields.opinion.max, tooLongMessage(decisionFields.opinion)),
    ),
  })
  .superRefine((request, ctx) => {
    if (request.decision === 'reject' && request.opinion === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['opinion'],
        message: '审核不通过时请填写审核意见，告诉企业需要修改什么',
      });
    }
  });
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;

export const decisionResponseSchema = z.object({ item: reviewItemSchema });
