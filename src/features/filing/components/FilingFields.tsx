// The fields of the filing form (F1), laid out in two columns.
import { Col, Form, Row } from 'antd';
import { useEffect, useMemo } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { AttachmentField } from '@/components/form/AttachmentField';
import { fromTable } from '@/components/form/FormField';
import { SelectField, type Option } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { provinces } from '@/values/regions';
import { usccProblem, usccProvinceCode } from '@/values/uscc';
import { customsOfficesForProvince } from '@/values/customsOffices';
import {
  enterpriseNatures,
  enterpriseTypes,
  FILING_ATTACHMENT_LIMIT_BYTES,
  FILING_UPLOAD_PURPOSE,
  filingAttachmentFields,
  filingAttachmentKinds,
  filingFields,
  type FilingTextField,
  type FilingData,
  type FilingDraft,
} from '@/contract/filing';

const toOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const provinceOptions = provinces.map((p) => ({ value: p.code, label: p.name }));
const field = fromTable(filingFields);

export function FilingFields({ form }: { form: UseFormReturn<FilingDraft, unknown, FilingData> }) {
  const { control, getValues, getFieldState, setValue } = form;
  const province = useWatch({ control, name: 'registeredProvince' });
  const officeOptions = useMemo(
    () =>
      customsOfficesForProvince(province).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` })),
    [province],
  );
  // A valid 统一社会信用代码 names the province it was issued in: offer it as 工商注册地.
  const uscc = useWatch({ control, name: 'uscc' });
  useEffect(() => {
    const code = uscc.trim().toUpperCase();
    const issuedIn = usccProblem(code) === null ? usccProvinceCode(code) : null;
    if (issuedIn && !getValues('registeredProvince') && provinces.some((p) => p.code === issuedIn)) {
      // Checked again if 申报 had found it missing, so that its 请选择 goes once it is filled.
      const { invalid } = getFieldState('registeredProvince');
      setValue('registeredProvince', issuedIn, { shouldDirty: true, shouldValidate: invalid });
    }
  }, [uscc, getValues, getFieldState, setValue]);

  // A new place of registration invalidates a 备案海关 chosen for the old one.
  useEffect(() => {
    const office = getValues('customsOfficeCode');
    if (office && !officeOptions.some((o) => o.value === office)) setValue('customsOfficeCode', '');
  }, [officeOptions, getValues, setValue]);

  const text = (name: FilingTextField, wide = false) => (
    <Col xs={24} md={wide ? 24 : 12}>
      <TextField control={control} {...field(name)} />
    </Col>
  );
  const choice = (name: FilingTextField, options: readonly Option[], placeholder?: string) => (
    <Col xs={24} md={12}>
      <SelectField control={control} {...field(name)} options={options} placeholder={placeholder} />
    </Col>
  );

  // In the order of the customs form.
  return (
    <Form layout="vertical" component={false}>
      <Row gutter={24}>
        {text('nameCn')}
        {text('nameEn')}
        {text('uscc')}
        {text('customsCode')}
        {choice('nature', toOptions(enterpriseNatures))}
        {choice('enterpriseType', toOptions(enterpriseTypes))}
        {text('legalRepresentative')}
        {choice('registeredProvince', provinceOptions)}
        {text('address', true)}
        {text('contactName')}
        {text('contactPhone')}
        {choice('customsOfficeCode', officeOptions, province ? '请选择' : '请先选择工商注册地')}
        {filingAttachmentKinds.map(({ key }) => (
          <Col xs={24} md={12} key={key}>
            <AttachmentField
              control={control}
              name={`attachments.${key}`}
              spec={filingAttachmentFields[key]}
              purpose={FILING_UPLOAD_PURPOSE}
              limitBytes={FILING_ATTACHMENT_LIMIT_BYTES}
            />
          </Col>
        ))}
      </Row>
    </Form>
  );
}
