// 代录入企业 (F2, decided in domain.md): agencies (e.g. customs brokers) the enterprise authorises
// to enter applications on its behalf, within a scope of functions and a period.
import { z } from 'zod';
import { calendarDate } from '@/values/beijingDate';
import { delegableCapabilities } from '@/values/capabilities';
import { fileRefSchema } from '@/values/files';
import { totalSchema } from './pageQuery';
import { defineFields, labelsOf, missingMessage, requiredText } from './fieldTable';
import { customsCodeSchema, phoneSchema, usccSchema } from './filing';
import { isoDateTimeSchema } from './http';

export const AGENCY_UPLOAD_PURPOSE = 'agency';
export const AGENCY_ATTACHMENT_LIMIT_BYTES = 200 * 1024;

/** The authorisation's fields: label, limit, hint, written once. */
export const agencyFields = defineFields({
  nameCn: { label: '企业名称', max: 100, required: true },
  uscc: { label: '统一社会信用代码', max: 18, required: true },
  customsCode: { label: '海关编码', max: 10, required: true },
  contactName: { label: '联系人', max: 50, required: true },
  contactPhone: { label: '联系电话', max: 20, required: true },
  scope: { label: '授权范围', required: true, choice: true },
  validFrom: { label: '授权开始日期', required: true, choice: true },
  validTo: { label: '授权结束日期', required: true, choice: true },
  powerOfAttorney: { label: '授权委托书', required: true },
});

const f = agencyFields;
export const agencyDataSchema = z
  .object({
    nameCn: requiredText(f.nameCn),
    uscc: usccSchema(f.uscc),
    customsCode: customsCodeSchema(f.customsCode),
    contactName: requiredText(f.contactName),
    contactPhone: phoneSchema(f.contactPhone),
    scope: z
      .array(z.enum(delegableCapabilities))
      .min(1, { error: () => `请至少选择一项${f.scope.label}` })
      .max(delegableCapabilities.length),
    validFrom: calendarDate(() => missingMessage(f.validFrom)),
    validTo: calendarDate(() => missingMessage(f.validTo)),
    powerOfAttorney: fileRefSchema.nullable(),
  })
  .superRefine((data, ctx) => {
    if (data.validFrom && data.validTo && data.validTo < data.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['validTo'],
        message: `${f.validTo.label}不能早于${f.validFrom.label}`,
      });
    }
    if (!data.powerOfAttorney)
      ctx.addIssue({
        code: 'custom',
        path: ['powerOfAttorney'],
        message: `请上传${f.powerOfAttorney.label}`,
      });
  });
export type AgencyData = z.infer<typeof agencyDataSchema>;
export type AgencyInput = z.input<typeof agencyDataSchema>;

export const agencyFieldLabels = labelsOf(agencyFields);

export const agencyChangeSchema = z.object({ label: z.string(), before: z.string(), after: z.string() });

export const agencyHistoryEntrySchema = z.object({
  at: isoDateTimeSchema,
  by: z.string(),
  action: z.enum(['新增', '修改', '撤销']),
  changes: z.array(agencyChangeSchema),
});

export const agencyRecordSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  version: z.number().int().positive(),
  data: agencyDataSchema,
  status: z.enum(['有效', '已撤销']),
  revokedAt: isoDateTimeSchema.nullable(),
  history: z.array(agencyHistoryEntrySchema),
});
export type AgencyRecord = z.infer<typeof agencyRecordSchema>;

export const saveAgencyRequestSchema = z.object({
  version: z.number().int().nonnegative(),
  data: agencyDataSchema,
});
export const revokeAgencyRequestSchema = z.object({ version: z.number().int().positive() });
export const agenciesResponseSchema = z.object({ agencies: z.array(agencyRecordSchema), total: totalSchema });
export const agencyResponseSchema = z.object({ agency: agencyRecordSchema });
