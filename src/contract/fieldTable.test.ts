// A required field left empty is only missing: the service and the form say 请填写…, never also
// that the (absent) value is in the wrong format.
import { describe, expect, it } from 'vitest';
import { agencyDataSchema } from './agency';
import { customsCodeSchema, filingFields, phoneSchema, usccSchema } from './filing';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('required fields in a fixed format', () => {
  it.each([
    ['海关编码', customsCodeSchema(filingFields.customsCode)],
    ['统一社会信用代码', usccSchema(filingFields.uscc)],
    ['联系电话', phoneSchema(filingFields.contactPhone)],
  ] as const)(
    '%s: empty or blank says only that it is missing; a wrong value says the format',
    (label, schema) => {
      for (const empty of ['', '   ']) expect(messages(schema.safeParse(empty))).toEqual([`请填写${label}`]);
      const wrong = messages(schema.safeParse('12ab'));
      expect(wrong).toHaveLength(1);
      expect(wrong[0]).toMatch(new RegExp(`^${label}(应为|校验位)`));
    },
  );
});

describe('a form’s own checks', () => {
  it('still run while fields are empty: every problem is listed at once', () => {
    const said = messages(
      agencyDataSchema.safeParse({
        nameCn: '',
        uscc: '',
        customsCode: '',
        contactName: '',
        contactPhone: '',
        scope: ['filing'],
        validFrom: '2026-12-01',
        validTo: '2026-11-01',
        powerOfAttorney: null,
      }),
    );
    expect(said).toContain('请填写海关编码');
    expect(said).toContain('授权结束日期不能早于授权开始日期');
    expect(said).toContain('请上传授权委托书');
    expect(said).not.toContain('海关编码应为10位数字或大写字母');
  });
});
