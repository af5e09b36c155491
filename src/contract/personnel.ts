// 授权人员 (F2): people the enterprise authorises to handle its certificate-of-origin business,
// each reviewed by customs before they may act.
import { z } from 'zod';
import { fileRefSchema } from '@/values/files';
import { idCardProblem } from '@/values/idCard';
import { totalSchema } from './pageQuery';
import {
  defineFields,
  draftTextsOf,
  entriesOf,
  labelsOf,
  requiredCode,
  requiredPattern,
  requiredText,
} from './fieldTable';
import { decidedBySchema, isoDateTimeSchema } from './http';

export const PERSONNEL_UPLOAD_PURPOSE = 'personnel';
export const PERSONNEL_ATTACHMENT_LIMIT_BYTES = 200 * 1024;

/** The person's fields (F2): label, limit, hint, written once. */
export const personFields = defineFields({
  name: { label: '姓名', max: 50, required: true },
  idNumber: { label: '身份证号码', max: 18, required: true, placeholder: '18位' },
  mobile: { label: '移动电话', max: 11, required: true },
});

export const personnelAttachmentFields = defineFields({
  powerOfAttorney: { label: '授权委托书', required: true },
  idCardCopy: { label: '身份证', required: true },
});
export const personnelAttachmentKinds = entriesOf(personnelAttachmentFields);

const MOBILE = /^1[3-9]\d{9}$/;

export const personDraftSchema = z.object({
  ...draftTextsOf(personFields),
  powerOfAttorney: fileRefSchema.nullable(),
  idCardCopy: fileRefSchema.nullable(),
});
export type PersonDraft = z.infer<typeof personDraftSchema>;

const f = personFields;
export const personSchema = z
  .object({
    name: requiredText(f.name),
    idNumber: requiredCode(f.idNumber, idCardProblem),
    mobile: requiredPattern(f.mobile, MOBILE, (s) => `${s.label}应为11位手机号码，如 13912345678`),
    powerOfAttorney: fileRefSchema.nullable(),
    idCardCopy: fileRefSchema.nullable(),
  })
  .superRefine((person, ctx) => {
    for (const { key, label } of personnelAttachmentKinds) {
      if (!person[key]) ctx.addIssue({ code: 'custom', path: [key], message: `请上传${label}` });
    }
  });
export type Person = z.infer<typeof personSchema>;

export const emptyPerson: PersonDraft = {
  name: '',
  idNumber: '',
  mobile: '',
  powerOfAttorney: null,
  idCardCopy: null,
};

export const personFieldLabels = labelsOf({ ...personFields, ...personnelAttachmentFields });

export const personnelStatuses = ['暂存', '申报', '审核通过', '审核不通过'] as const;

export const personRecordSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  version: z.number().int().positive(),
  status: z.enum(personnelStatuses),
  /** 停用: a disabled person keeps their record but may no longer act. */
  active: z.boolean(),
  data: personDraftSchema,
  updatedAt: isoDateTimeSchema,
  declaredAt: isoDateTimeSchema.nullable(),
  decidedAt: isoDateTimeSchema.nullable(),
  opinion: z.string().nullable(),
  decidedBy: decidedBySchema,
});
export type PersonRecord = z.infer<typeof personRecordSchema>;

/** 暂存 only bounds the input; 申报 (`declare: true`) checks every rule of `personSchema` too. */
export const savePersonRequestSchema = z
  .object({
    /** 0 for a new person. */
    version: z.number().int().nonnegative(),
    declare: z.boolean(),
    data: personDraftSchema,
  })
  .transform((body, ctx) => {
    if (!body.declare) return body;
    const declared = personSchema.safeParse(body.data);
    if (declared.success) return { ...body, data: declared.data };
    for (const issue of declared.error.issues)
      ctx.addIssue({ code: 'custom', path: ['data', ...issue.path], message: issue.message });
    return z.NEVER;
  });

export const disablePersonRequestSchema = z.object({ version: z.number().int().positive() });

export const personnelResponseSchema = z.object({
  personnel: z.array(personRecordSchema),
  total: totalSchema,
});
export const personResponseSchema = z.object({ person: personRecordSchema });
