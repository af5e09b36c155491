// 企业备案 data: one schema for the declared form (every rule of F1), one for a draft (暂存: any
// state, but bounded), and the stored record. The form, the api layer and the mock customs
// service all validate with these.
import { z } from 'zod';
import { singleLine } from '@/domain/plainText';
import { isoDateTimeSchema } from './http';
import { fileRefSchema } from '@/domain/files';
import { provinces } from '@/domain/regions';
import { usccProblem, usccProblemMessages } from '@/domain/uscc';
import { customsOfficesForProvince } from '@/domain/customsOffices';

export const enterpriseTypes = ['生产型企业', '贸易型企业', '其他非生产型企业'] as const;
export type EnterpriseType = (typeof enterpriseTypes)[number];

export const enterpriseNatures = [
  '国有企业',
  '集体企业',
  '私营企业',
  '中外合资企业',
  '中外合作企业',
  '外商独资企业',
  '其他',
] as const;

const requiredText = (label: string, max: number) =>
  singleLine(
    z
      .string({ error: `请填写${label}` })
      .trim()
      .min(1, `请填写${label}`)
      .max(max, `${label}不能超过${max}个字符`),
  );

/** Documents a filing carries (the real platform limits each to 200 KB). */
export const filingAttachmentKinds = [
  { key: 'businessLicense', label: '营业执照' },
  { key: 'tradeRegistration', label: '对外贸易经营者备案登记表' },
] as const;
export type FilingAttachmentKey = (typeof filingAttachmentKinds)[number]['key'];
export const FILING_ATTACHMENT_LIMIT_BYTES = 200 * 1024;
/** The upload purpose the service files these under (it sets the size limit). */
export const FILING_UPLOAD_PURPOSE = 'filing';

const attachmentsDraftSchema = z.object({
  businessLicense: fileRefSchema.nullable(),
  tradeRegistration: fileRefSchema.nullable(),
});

/** 申报 needs every document. */
const attachmentsSchema = attachmentsDraftSchema.superRefine((attachments, ctx) => {
  for (const { key, label } of filingAttachmentKinds) {
    if (!attachments[key]) ctx.addIssue({ code: 'custom', path: [key], message: `请上传${label}` });
  }
});

/** Latin letters, digits, spaces and common punctuation only. */
const ENGLISH_NAME = /^[A-Za-z0-9 .,&()'\-/]+$/;
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

export const filingDataSchema = z
  .object({
    nameCn: requiredText('企业中文名称', 100),
    nameEn: requiredText('企业英文名称', 200).regex(
      ENGLISH_NAME,
      '企业英文名称只能包含英文字母、数字、空格和常用标点',
    ),
    uscc: z
      .string({ error: '请填写统一社会信用代码' })
      .trim()
      .toUpperCase()
      .min(1, '请填写统一社会信用代码')
      .superRefine((code, ctx) => {
        const problem = usccProblem(code);
        if (problem) ctx.addIssue({ code: 'custom', message: usccProblemMessages[problem] });
      }),
    customsCode: z
      .string({ error: '请填写海关编码' })
      .trim()
      .regex(/^[0-9A-Z]{10}$/, '海关编码应为10位数字或大写字母'),
    nature: z.enum(enterpriseNatures, { error: '请选择企业性质' }),
    enterpriseType: z.enum(enterpriseTypes, { error: '请选择企业类型' }),
    legalRepresentative: requiredText('法定代表人', 50),
    registeredProvince: z.enum(provinces.map((p) => p.code) as [string, ...string[]], {
      error: '请选择工商注册地',
    }),
    address: requiredText('住所/地址', 200),
    contactName: requiredText('联系人', 50),
    contactPhone: z
      .string({ error: '请填写联系电话' })
      .trim()
      .regex(PHONE, '联系电话应为11位手机号或带区号的固定电话，如 0574-87654321'),
    customsOfficeCode: z.string({ error: '请选择备案海关' }).min(1, '请选择备案海关'),
    attachments: attachmentsSchema,
  })
  .superRefine((data, ctx) => {
    // 备案海关 must serve the place where the business is registered (工商备案地所在地的海关).
    const allowed = customsOfficesForProvince(data.registeredProvince);
    if (!allowed.some((o) => o.code === data.customsOfficeCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['customsOfficeCode'],
        message: '备案海关应为工商注册地所在地的海关，请重新选择',
      });
    }
  });
export type FilingData = z.infer<typeof filingDataSchema>;

/**
 * A draft (暂存) may be incomplete or wrong, but is still bounded so that nothing huge or
 * non-text is ever stored.
 */
export const filingDraftSchema = z.object({
  nameCn: singleLine(z.string().max(100, '企业中文名称不能超过100个字符')),
  nameEn: singleLine(z.string().max(200, '企业英文名称不能超过200个字符')),
  uscc: singleLine(z.string().max(18, '统一社会信用代码应为18位')),
  customsCode: singleLine(z.string().max(10, '海关编码应为10位')),
  nature: singleLine(z.string().max(20)),
  enterpriseType: singleLine(z.string().max(20)),
  legalRepresentative: singleLine(z.string().max(50, '法定代表人不能超过50个字符')),
  registeredProvince: singleLine(z.string().max(6)),
  address: singleLine(z.string().max(200, '住所/地址不能超过200个字符')),
  contactName: singleLine(z.string().max(50, '联系人不能超过50个字符')),
  contactPhone: singleLine(z.string().max(20, '联系电话不能超过20个字符')),
  customsOfficeCode: singleLine(z.string().max(4)),
  attachments: attachmentsDraftSchema,
});
export type FilingDraft = z.infer<typeof filingDraftSchema>;
export type FilingTextField = Exclude<keyof FilingDraft, 'attachments'>;

export const emptyFilingDraft: FilingDraft = {
  nameCn: '',
  nameEn: '',
  uscc: '',
  customsCode: '',
  nature: '',
  enterpriseType: '',
  legalRepresentative: '',
  registeredProvince: '',
  address: '',
  contactName: '',
  contactPhone: '',
  customsOfficeCode: '',
  attachments: { businessLicense: null, tradeRegistration: null },
};

export const filingFieldLabels: Record<FilingTextField, string> = {
  nameCn: '企业中文名称',
  nameEn: '企业英文名称',
  uscc: '统一社会信用代码',
  customsCode: '海关编码',
  nature: '企业性质',
  enterpriseType: '企业类型',
  legalRepresentative: '法定代表人',
  registeredProvince: '工商注册地',
  address: '住所/地址',
  contactName: '联系人',
  contactPhone: '联系电话',
  customsOfficeCode: '备案海关',
};

/** 申请状态 of a filing or filing-change application. */
export const filingApplicationStatuses = ['暂存', '申报', '审核通过', '审核不通过', '已撤回'] as const;
export type FilingApplicationStatus = (typeof filingApplicationStatuses)[number];

export const filingApplicationSchema = z.object({
  id: z.string(),
  kind: z.enum(['filing', 'change']),
  status: z.enum(filingApplicationStatuses),
  data: filingDraftSchema,
  savedAt: isoDateTimeSchema,
  declaredAt: isoDateTimeSchema.nullable(),
  decidedAt: isoDateTimeSchema.nullable(),
  opinion: z.string().nullable(),
});
export type FilingApplication = z.infer<typeof filingApplicationSchema>;

/** The enterprise's filing as the customs service keeps it. */
export const filingRecordSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  version: z.number().int().positive(),
  updatedAt: isoDateTimeSchema,
  /** 备案号, once customs approved the filing. */
  filingNo: z.string().nullable(),
  approvedAt: isoDateTimeSchema.nullable(),
  /**
   * The data customs approved last; what every other function relies on. Stored as checked when
   * it was declared (a filing approved before documents were required has none).
   */
  approved: filingDraftSchema.nullable(),
  /** The application in progress (or the last one decided), filing or change. */
  current: filingApplicationSchema.nullable(),
  /** Earlier applications, newest first. */
  history: z.array(filingApplicationSchema),
});
export type FilingRecord = z.infer<typeof filingRecordSchema>;

export const saveFilingDraftRequestSchema = z.object({
  /** Version of the record the user edited; 0 when there is no record yet. */
  version: z.number().int().nonnegative(),
  data: filingDraftSchema,
});
export type SaveFilingDraftRequest = z.infer<typeof saveFilingDraftRequestSchema>;

export const declareFilingRequestSchema = z.object({
  version: z.number().int().nonnegative(),
  data: filingDataSchema,
});
export type DeclareFilingRequest = z.infer<typeof declareFilingRequestSchema>;

export const withdrawFilingRequestSchema = z.object({ version: z.number().int().positive() });

export const filingResponseSchema = z.object({ filing: filingRecordSchema.nullable() });
export type FilingResponse = z.infer<typeof filingResponseSchema>;

/**
 * Where the filing stands (FR2–FR4), without its contents: every session of the enterprise (an
 * agency whatever its scope) needs it to know which functions are open, and no more.
 */
export const standingResponseSchema = z.object({
  standing: z.object({
    filingApproved: z.boolean(),
    changeDeclared: z.boolean(),
    enterpriseType: z.string().nullable(),
  }),
});

/** One application (current or earlier) of the enterprise's own filing. */
export const filingApplicationResponseSchema = z.object({
  application: filingApplicationSchema,
  filingNo: z.string().nullable(),
});
