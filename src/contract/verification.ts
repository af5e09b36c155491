// 核查互动 (F4): customs' verification records (核查记录单) about an enterprise's product or
// certificate, the electronic documents (电子资料) each asks for, and the enterprise's responses.
import { z } from 'zod';
import { multiLine } from '@/values/plainText';
import { beijingDate, calendarDateSchema } from '@/values/beijingDate';
import { fileRefSchema } from '@/values/files';
import { defineFields, labelsOf, tooLongMessage } from './fieldTable';
import { decidedBySchema, isoDateTimeSchema } from './http';

export const verificationStates = ['待核查', '已回复', '退回核查', '核查完成'] as const;
export type VerificationState = (typeof verificationStates)[number];

/** The electronic documents customs can ask for; the ticked ones are required (VR2). */
export const documentCatalog = [
  { key: 'processFlow', label: '生产工艺流程说明' },
  { key: 'purchaseList', label: '原材料采购凭证清单' },
  { key: 'purchaseInvoices', label: '原材料采购发票' },
  { key: 'costSheet', label: '产品成本明细单' },
  { key: 'productionRecords', label: '生产记录' },
  { key: 'supplierDeclarations', label: '供应商声明' },
  { key: 'sitePhotos', label: '产品及生产现场照片' },
] as const;
export type DocumentKey = (typeof documentCatalog)[number]['key'];
const documentKeys = documentCatalog.map((d) => d.key) as [DocumentKey, ...DocumentKey[]];
export const documentKeySchema = z.enum(documentKeys);
export const documentLabels = Object.fromEntries(documentCatalog.map((d) => [d.key, d.label])) as Record<
  DocumentKey,
  string
>;
/** Extra attachments the enterprise adds of its own accord. */
export const OTHER_DOCUMENT = 'other';
export const OTHER_DOCUMENT_LABEL = '其他附件';

export const VERIFICATION_UPLOAD_PURPOSE = 'verification';
/** Scanned invoices and photos are larger than filing documents; stated on the page. */
export const VERIFICATION_ATTACHMENT_LIMIT_BYTES = 2 * 1024 * 1024;
export const MAX_FILES_PER_DOCUMENT = 5;
export const MAX_REPLY_LENGTH = 2000;

export const subjectSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('preReview'),
    preReviewId: z.string(),
    productName: z.string(),
    hsCode: z.string(),
  }),
  z.object({ kind: z.literal('certificate'), certificateNo: z.string() }),
]);
export type Subject = z.infer<typeof subjectSchema>;

export const attachmentSchema = z.object({
  document: z.union([documentKeySchema, z.literal(OTHER_DOCUMENT)]),
  file: fileRefSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** One submitted response (回复) and what customs made of it. */
export const responseSchema = z.object({
  n: z.number().int().positive(),
  reply: z.string(),
  attachments: z.array(attachmentSchema),
  submittedAt: isoDateTimeSchema,
  submittedBy: z.string(),
  outcome: z
    .discriminatedUnion('kind', [
      z.object({
        kind: z.literal('returned'),
        reason: z.string(),
        at: isoDateTimeSchema,
        by: decidedBySchema,
      }),
      z.object({
        kind: z.literal('completed'),
        opinion: z.string(),
        at: isoDateTimeSchema,
        by: decidedBySchema,
      }),
    ])
    .nullable(),
});
export type VerificationResponse = z.infer<typeof responseSchema>;

export const verificationRecordSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  version: z.number().int().positive(),
  /** 核查记录单号 */
  number: z.string(),
  subject: subjectSchema,
  /** 核查要求: what customs wants to know. */
  requirement: z.string(),
  requiredDocuments: z.array(documentKeySchema).min(1),
  /** 回复期限, a Beijing date (the last day a response is on time). */
  deadline: calendarDateSchema,
  customsOffice: z.string(),
  issuedAt: isoDateTimeSchema,
  issuedBy: z.string(),
  state: z.enum(verificationStates),
  responses: z.array(responseSchema),
  updatedAt: isoDateTimeSchema,
});
export type VerificationRecord = z.infer<typeof verificationRecordSchema>;

export const verificationResponseSchema = z.object({ verification: verificationRecordSchema });
/** One page of the list, and how many records match in all. */
export const verificationListResponseSchema = z.object({
  verifications: z.array(verificationRecordSchema),
  total: z.number().int().nonnegative(),
});

/** 处理: the response the enterprise submits. */
/** 处理核查记录单: the enterprise's reply and its documents. */
export const responseFields = defineFields({
  reply: { label: '回复说明', max: MAX_REPLY_LENGTH, required: true, multiline: true },
  attachments: { label: '附件' },
});
export const responseFieldLabels = labelsOf(responseFields);

export const respondRequestSchema = z
  .object({
    version: z.number().int().positive(),
    reply: multiLine(
      z
        .string()
        .trim()
        .min(1, `请填写${responseFields.reply.label}`)
        .max(responseFields.reply.max, tooLongMessage(responseFields.reply)),
    ),
    attachments: z.array(attachmentSchema).max(60, '附件过多，请合并后上传'),
  })
  .superRefine(({ attachments }, ctx) => {
    // At most MAX_FILES_PER_DOCUMENT per document, and no file twice: said on the document's
    // field (`documents.<key>`), where the form shows it.
    const counts = new Map<string, number>();
    const seen = new Set<string>();
    for (const { document, file } of attachments) {
      const label = document === OTHER_DOCUMENT ? OTHER_DOCUMENT_LABEL : documentLabels[document];
      const count = (counts.get(document) ?? 0) + 1;
      counts.set(document, count);
      if (count === MAX_FILES_PER_DOCUMENT + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['documents', document],
          message: `“${label}”最多上传 ${MAX_FILES_PER_DOCUMENT} 个附件，请删除多余的附件`,
        });
      if (seen.has(file.id))
        ctx.addIssue({
          code: 'custom',
          path: ['documents', document],
          message: `附件“${file.name}”重复添加，同一文件只能附一次`,
        });
      seen.add(file.id);
    }
  });
export type RespondRequest = z.infer<typeof respondRequestSchema>;

/** Customs issues a record (发起核查). */
/** 发起核查: what customs asks of an enterprise, and by when. */
export const issueFields = defineFields({
  enterpriseId: { label: '企业', required: true, choice: true, placeholder: '请选择已备案的企业' },
  /** The form's choice between the two kinds of `subject`. */
  subjectKind: { label: '核查对象', required: true, choice: true },
  preReviewId: { label: '产品预审', required: true, choice: true, placeholder: '请选择审核通过的产品预审' },
  certificateNo: { label: '原产地证书编号', max: 30, required: true },
  requiredDocuments: { label: '必须上传的电子资料', required: true, choice: true },
  deadline: { label: '回复期限', required: true },
  requirement: { label: '核查要求', max: 1000, required: true, multiline: true },
});
export const issueFieldLabels = labelsOf(issueFields);

export const issueRequestSchema = z.object({
  enterpriseId: z.string().min(1, `请选择${issueFields.enterpriseId.label}`),
  subject: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('preReview'), preReviewId: z.string().min(1, '请选择产品预审') }),
    z.object({
      kind: z.literal('certificate'),
      certificateNo: z
        .string()
        .trim()
        .regex(/^[A-Z0-9-]{6,30}$/, '证书编号为 6–30 位大写字母、数字或连字符'),
    }),
  ]),
  requiredDocuments: z
    .array(documentKeySchema)
    .min(1, '请至少勾选一项必须上传的电子资料')
    .refine((keys) => new Set(keys).size === keys.length, '电子资料不能重复'),
  // Today by Beijing's calendar, when checked: the form as it is filled, the service as it is sent.
  deadline: calendarDateSchema.refine((day) => day > beijingDate(new Date()), '回复期限须晚于今天'),
  requirement: multiLine(
    z
      .string()
      .trim()
      .min(1, `请填写${issueFields.requirement.label}`)
      .max(issueFields.requirement.max, tooLongMessage(issueFields.requirement)),
  ),
});
export type IssueRequest = z.infer<typeof issueRequestSchema>;

/** What customs can verify: enterprises with an approved filing and their approved pre-reviews. */
export const verificationTargetsSchema = z.object({
  enterprises: z.array(
    z.object({
      id: z.string(),
      nameCn: z.string(),
      preReviews: z.array(z.object({ id: z.string(), nameCn: z.string(), hsCode: z.string() })),
    }),
  ),
});
export type VerificationTargets = z.infer<typeof verificationTargetsSchema>;

export const verificationNoticesSchema = z.object({
  /** 待核查 and 退回核查 records: the ones awaiting the enterprise. */
  actionable: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      subject: z.string(),
      state: z.enum(verificationStates),
      deadline: calendarDateSchema,
      overdue: z.boolean(),
    }),
  ),
});
export type VerificationNotices = z.infer<typeof verificationNoticesSchema>;
