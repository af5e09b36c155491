// 企业备案 data: one schema for the declared form (every rule of F1), one for a draft (暂存: any
// state, but bounded), and the stored record. The form, the api layer and the mock customs
// service all validate with these.
import { z } from 'zod';
import { fileRefSchema } from '@/values/files';
import { provinces } from '@/values/regions';
import { usccProblem, usccProblemMessages } from '@/values/uscc';
import { customsOfficesForProvince } from '@/values/customsOffices';
import { decidedBySchema, isoDateTimeSchema } from './http';
import {
  defineFields,
  draftTextsOf,
  entriesOf,
  labelsOf,
  requiredChoice,
  requiredCode,
  requiredPattern,
  requiredText,
  type FieldSpec,
} from './fieldTable';

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

/** The filing form's fields (F1): label, limit, hint, written once. */
export const filingFields = defineFields({
  nameCn: { label: '企业中文名称', max: 100, required: true },
  nameEn: { label: '企业英文名称', max: 200, required: true },
  uscc: { label: '统一社会信用代码', max: 18, required: true, placeholder: '18位，如 91330203MA2GQ8XL2M' },
  customsCode: { label: '海关编码', max: 10, required: true, placeholder: '10位' },
  nature: { label: '企业性质', max: 20, required: true, choice: true },
  enterpriseType: {
    label: '企业类型',
    max: 20,
    required: true,
    choice: true,
    hint: '只有生产型企业需要办理产品预审。',
  },
  legalRepresentative: { label: '法定代表人', max: 50, required: true },
  registeredProvince: { label: '工商注册地', max: 6, required: true, choice: true },
  address: { label: '住所/地址', max: 200, required: true },
  contactName: { label: '联系人', max: 50, required: true },
  contactPhone: { label: '联系电话', max: 20, required: true },
  customsOfficeCode: {
    label: '备案海关',
    max: 4,
    required: true,
    choice: true,
    hint: '向工商注册地所在地的海关备案。',
  },
});

/** Documents a filing carries (the real platform limits each to 200 KB). */
export const filingAttachmentFields = defineFields({
  businessLicense: { label: '营业执照', required: true },
  tradeRegistration: { label: '对外贸易经营者备案登记表', required: true },
});
export type FilingAttachmentKey = keyof typeof filingAttachmentFields;
export const filingAttachmentKinds = entriesOf(filingAttachmentFields);
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
const CUSTOMS_CODE = /^[0-9A-Z]{10}$/;

const f = filingFields;
/** 统一社会信用代码 as 申报 requires it (shared with the agency form). */
export const usccSchema = (spec: FieldSpec) =>
  requiredCode(spec, (code) => {
    const problem = usccProblem(code);
    return problem ? usccProblemMessages[problem] : null;
  });
/** 海关编码 as 申报 requires it (shared with the agency form). */
export const customsCodeSchema = (spec: FieldSpec) =>
  requiredPattern(spec, CUSTOMS_CODE, (s) => `${s.label}应为10位数字或大写字母`);
/** 联系电话 as 申报 requires it (shared with the agency form). */
export const phoneSchema = (spec: FieldSpec) =>
  requiredPattern(spec, PHONE, (s) => `${s.label}应为11位手机号或带区号的固定电话，如 0574-87654321`);

export const filingDataSchema = z
  .object({
    nameCn: requiredText(f.nameCn),
    nameEn: requiredText(f.nameEn).regex(ENGLISH_NAME, {
      error: () => `${f.nameEn.label}只能包含英文字母、数字、空格和常用标点`,
    }),
    uscc: usccSchema(f.uscc),
    customsCode: customsCodeSchema(f.customsCode),
    nature: requiredChoice(f.nature, enterpriseNatures),
    enterpriseType: requiredChoice(f.enterpriseType, enterpriseTypes),
    legalRepresentative: requiredText(f.legalRepresentative),
    registeredProvince: requiredChoice(
      f.registeredProvince,
      provinces.map((p) => p.code) as [string, ...string[]],
    ),
    address: requiredText(f.address),
    contactName: requiredText(f.contactName),
    contactPhone: phoneSchema(f.contactPhone),
    customsOfficeCode: requiredText(f.customsOfficeCode),
    attachments: attachmentsSchema,
  })
  .superRefine((data, ctx) => {
    // 备案海关 must serve the place where the business is registered (工商备案地所在地的海关).
    const allowed = customsOfficesForProvince(data.registeredProvince);
    if (!allowed.some((o) => o.code === data.customsOfficeCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['customsOfficeCode'],
        message: `${f.customsOfficeCode.label}应为${f.registeredProvince.label}所在地的海关，请重新选择`,
      });
    }
  });
export type FilingData = z.infer<typeof filingDataSchema>;

/**
 * A draft (暂存) may be incomplete or wrong, but is still bounded so that nothing huge or
 * non-text is ever stored.
 */
export const filingDraftSchema = z.object({
  ...draftTextsOf(filingFields),
  attachments: attachmentsDraftSchema,
});
export type FilingDraft = z.infer<typeof filingDraftSchema>;
export type FilingTextField = keyof typeof filingFields;

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

/** Every field's label, documents included, by field name. */
export const filingFieldLabels = labelsOf({ ...filingFields, ...filingAttachmentFields });

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
  decidedBy: decidedBySchema,
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
 * agency whatever its scope) needs it to know which functions are open, and no more — with the
 * 备案号, which every document the enterprise prints carries.
 */
export const standingResponseSchema = z.object({
  standing: z.object({
    filingApproved: z.boolean(),
    changeDeclared: z.boolean(),
    enterpriseType: z.string().nullable(),
    /** 备案号, once customs approved the filing. */
    filingNo: z.string().nullable(),
  }),
});
export type StandingResponse = z.infer<typeof standingResponseSchema>;

/** One application (current or earlier) of the enterprise's own filing. */
export const filingApplicationResponseSchema = z.object({
  application: filingApplicationSchema,
  filingNo: z.string().nullable(),
});
