// 代录入企业 (F2, decided in domain.md): agencies (e.g. customs brokers) the enterprise authorises
// to enter applications on its behalf, within a scope of functions and a period.
import { z } from 'zod';
import { totalSchema } from './pageQuery';
import { singleLine } from '@/domain/plainText';
import { isoDateTimeSchema } from './http';
import { calendarDate } from '@/domain/beijingDate';
import { delegableCapabilities } from '@/domain/capabilities';
import { fileRefSchema } from '@/domain/files';
import { usccProblem, usccProblemMessages } from '@/domain/uscc';

export const AGENCY_UPLOAD_PURPOSE = 'agency';
export const AGENCY_ATTACHMENT_LIMIT_BYTES = 200 * 1024;

export const agencyDataSchema = z
  .object({
    nameCn: singleLine(
      z.string().trim().min(1, '请填写代录入企业名称').max(100, '企业名称不能超过100个字符'),
    ),
    uscc: z
      .string()
      .trim()
      .toUpperCase()
      .superRefine((code, ctx) => {
        const problem = usccProblem(code);
        if (problem)
          ctx.addIssue({
            code: 'custom',
            message: code === '' ? '请填写统一社会信用代码' : usccProblemMessages[problem],
          });
      }),
    customsCode: z
      .string()
      .trim()
      .regex(/^[0-9A-Z]{10}$/, '海关编码应为10位数字或大写字母'),
    contactName: singleLine(z.string().trim().min(1, '请填写联系人').max(50, '联系人不能超过50个字符')),
    contactPhone: z
      .string()
      .trim()
      .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, '联系电话应为11位手机号或带区号的固定电话'),
    scope: z
      .array(z.enum(delegableCapabilities))
      .min(1, '请至少选择一项授权范围')
      .max(delegableCapabilities.length),
    validFrom: calendarDate('请选择授权开始日期'),
    validTo: calendarDate('请选择授权结束日期'),
    powerOfAttorney: fileRefSchema.nullable(),
  })
  .superRefine((data, ctx) => {
    if (data.validFrom && data.validTo && data.validTo < data.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: '授权结束日期不能早于开始日期' });
    }
    if (!data.powerOfAttorney)
      ctx.addIssue({ code: 'custom', path: ['powerOfAttorney'], message: '请上传授权委托书' });
  });
export type AgencyData = z.infer<typeof agencyDataSchema>;
export type AgencyInput = z.input<typeof agencyDataSchema>;

export const agencyFieldLabels = {
  nameCn: '企业名称',
  uscc: '统一社会信用代码',
  customsCode: '海关编码',
  contactName: '联系人',
  contactPhone: '联系电话',
  scope: '授权范围',
  validFrom: '授权开始日期',
  validTo: '授权结束日期',
  powerOfAttorney: '授权委托书',
} as const;

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
