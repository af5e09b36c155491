// A product pre-review as the customs service keeps it: the sheet, its two states (状态 and
// 申请状态, domain.md F3), and what customs decided.
import { z } from 'zod';
import { multiLine } from '@/values/plainText';
import { defineFields, labelsOf, tooLongMessage } from './fieldTable';
import { decidedBySchema, isoDateTimeSchema } from './http';
import { sheetSchema, submittedSheetSchema } from './sheet';

export const recordStates = ['新增', '正常', '变更', '注销', '删除', '恢复'] as const;
export type RecordState = (typeof recordStates)[number];
export const applicationStatuses = ['暂存', '申报', '审核通过', '审核不通过'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** What an application asks for: the 状态 it was declared in (正常 is never applied for). */
export const applicationKinds = ['新增', '变更', '注销', '恢复', '删除'] as const;
export type ApplicationKind = (typeof applicationKinds)[number];

/**
 * One declared application in a record's history (申请记录). Drafts are not history: a replaced
 * draft is gone (domain.md), and the current one is the record itself.
 */
export const preReviewApplicationSchema = z.object({
  /** 1, 2, 3 … within the record. */
  n: z.number().int().positive(),
  kind: z.enum(applicationKinds),
  status: z.enum(['申报', '审核通过', '审核不通过']),
  /** 申请说明 of a cancellation, deletion or restore. */
  reason: z.string(),
  /** The settled data a change started from; null for other kinds. */
  before: sheetSchema.nullable(),
  /** The data a new or change application declared; null for other kinds. */
  after: sheetSchema.nullable(),
  declaredAt: isoDateTimeSchema,
  decidedAt: isoDateTimeSchema.nullable(),
  opinion: z.string().nullable(),
  decidedBy: decidedBySchema,
});
export type PreReviewApplication = z.infer<typeof preReviewApplicationSchema>;

export const preReviewRecordSchema = z.object({
  id: z.string(),
  /**
   * 预审编号: the service gives one to every pre-review when it is created, the enterprise's
   * 备案号 and a running number (3107A19000187-P0001); it never changes and is never reused.
   */
  number: z.string(),
  enterpriseId: z.string(),
  version: z.number().int().positive(),
  /** 状态 */
  state: z.enum(recordStates),
  /** 申请状态 */
  applicationStatus: z.enum(applicationStatuses),
  /** The data as it stands now (a draft's, or what customs approved). */
  data: sheetSchema,
  /** 申请说明 of a cancellation, deletion or restore draft. */
  reason: multiLine(z.string().max(500, '申请说明不能超过500个字符')),
  /** The last customs-decided data and states: what a rejected application falls back to (ST1, ST2, ST5). */
  settled: z
    .object({
      state: z.enum(recordStates),
      applicationStatus: z.enum(applicationStatuses),
      data: sheetSchema,
    })
    .nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  declaredAt: isoDateTimeSchema.nullable(),
  decidedAt: isoDateTimeSchema.nullable(),
  opinion: z.string().nullable(),
  /** Every declared application, oldest first, rejected ones included. */
  applications: z.array(preReviewApplicationSchema),
  /**
   * When the record was removed (ST4): an approved deletion, or the deletion of a rejected new
   * application. It is never listed or offered again; it stays only as history.
   */
  removedAt: isoDateTimeSchema.nullable(),
});
export type PreReviewRecord = z.infer<typeof preReviewRecordSchema>;

export const savePreReviewRequestSchema = z.object({
  /** 0 for a new pre-review. */
  version: z.number().int().nonnegative(),
  declare: z.boolean(),
  data: submittedSheetSchema,
});
export type SavePreReviewRequest = z.infer<typeof savePreReviewRequestSchema>;

export const preReviewResponseSchema = z.object({ preReview: preReviewRecordSchema });
export type PreReviewResponse = z.infer<typeof preReviewResponseSchema>;
/**
 * One row of 查询: what the list shows and what its actions need, with the two non-originating
 * percentages the service computes (PR3) — not the record with its sheet and history.
 */
export const preReviewRowSchema = z.object({
  id: z.string(),
  /** 预审编号 */
  number: z.string(),
  version: z.number().int().positive(),
  state: z.enum(recordStates),
  applicationStatus: z.enum(applicationStatuses),
  nameCn: z.string(),
  hsCode: z.string(),
  /** 非原产占出厂价 / FOB 的百分比, as the sheet shows them (e.g. "17.31%"). */
  exFactoryPercent: z.string(),
  fobPercent: z.string(),
  reason: z.string(),
  opinion: z.string().nullable(),
  /** The last declared application: says what a pair alone cannot (a refused change falls back, ST1–ST5). */
  lastApplication: z
    .object({ kind: z.enum(applicationKinds), status: preReviewApplicationSchema.shape.status })
    .nullable(),
  updatedAt: isoDateTimeSchema,
});
export type PreReviewRow = z.infer<typeof preReviewRowSchema>;

export const preReviewListResponseSchema = z.object({
  preReviews: z.array(preReviewRowSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
});

/** The action dialog's one field: why the record is changed, cancelled, restored or deleted. */
export const preReviewActionFields = defineFields({
  reason: { label: '申请说明', max: 500, required: true, multiline: true },
});
const reason = preReviewActionFields.reason;
const optionalReasonSchema = multiLine(z.string().trim().max(reason.max, tooLongMessage(reason)));
const reasonSchema = multiLine(
  z.string().trim().min(1, `请填写${reason.label}`).max(reason.max, tooLongMessage(reason)),
);

/**
 * 变更, 注销, 恢复, 删除, and 修改 of a cancellation, deletion or restore draft's 申请说明 (a new or
 * change draft's data is edited, and any draft declared, through the save request).
 */
export const preReviewActionFieldLabels = labelsOf(preReviewActionFields);
/** The action dialog's form: a 申请说明 that says something (a deletion at once asks for none). */
export const actionReasonSchema = z.object({ reason: reasonSchema });
export type ActionReason = z.infer<typeof actionReasonSchema>;

export const preReviewActionRequestSchema = z.discriminatedUnion('action', [
  z.object({ version: z.number().int().positive(), action: z.literal('change') }),
  z.object({
    version: z.number().int().positive(),
    action: z.enum(['cancel', 'restore', 'edit']),
    reason: reasonSchema,
  }),
  // A deletion that removes the record at once (ST4) asks for no 申请说明; the service requires
  // one when the deletion is an application (deletesAtOnce in the state table).
  z.object({
    version: z.number().int().positive(),
    action: z.literal('delete'),
    reason: optionalReasonSchema,
  }),
]);
export type PreReviewActionRequest = z.infer<typeof preReviewActionRequestSchema>;

/** After 删除 of a record customs never approved, it is gone (ST4). */
export const preReviewActionResponseSchema = z.object({ preReview: preReviewRecordSchema.nullable() });
