// The fields of the filing form (F1), laid out in two columns.
import { Col, Form, Row } from 'antd';
import { useEffect, useMemo } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { AttachmentField } from '@/components/form/AttachmentField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { provinces } from '@/domain/regions';
import { usccProblem, usccProvinceCode } from '@/domain/uscc';
import { customsOfficesForProvince } from '@/domain/customsOffices';
import {
  enterpriseNatures,
  enterpriseTypes,
  FILING_ATTACHMENT_LIMIT_BYTES,
  FILING_UPLOAD_PURPOSE,
  filingAttachmentKinds,
  type FilingData,
  type FilingDraft,
} from '@/contract/filing';

const toOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const provinceOptions = provinces.map((p) => ({ value: p.code, label: p.name }));

export function FilingFields({ form }: { form: UseFormReturn<FilingDraft, unknown, FilingData> }) {
  const { control, getValues, setValue } = form;
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
      setValue('registeredProvince', issuedIn, { shouldDirty: true });
    }
  }, [uscc, getValues, setValue]);

  // A new place of registration invalidates a 备案海关 chosen for the old one.
  useEffect(() => {
    const office = getValues('customsOfficeCode');
    if (office && !officeOptions.some((o) => o.value === office)) setValue('customsOfficeCode', '');
  }, [officeOptions, getValues, setValue]);

  return (
    <Form layout="vertical" component={false}>
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <TextField control={control} name="nameCn" label="企业中文名称" required limit={100} />
        </Col>
        <Col xs={24} md={12}>
          <TextField control={control} name="nameEn" label="企业英文名称" required limit={200} />
        </Col>
        <Col xs={24} md={12}>
          <TextField
            control={control}
            name="uscc"
            label="统一社会信用代码"
            required
            limit={18}
            placeholder="18位，如 91330203MA2GQ8XL2M"
          />
        </Col>
        <Col xs={24} md={12}>
          <TextField
            control={control}
            name="customsCode"
            label="海关编码"
            required
            limit={10}
            placeholder="10位"
          />
        </Col>
        <Col xs={24} md={12}>
          <SelectField
            control={control}
            name="nature"
            label="企业性质"
            required
            options={toOptions(enterpriseNatures)}
          />
        </Col>
        <Col xs={24} md={12}>
          <SelectField
            control={control}
            name="enterpriseType"
            label="企业类型"
            required
            options={toOptions(enterpriseTypes)}
            extra="只有生产型企业需要办理产品预审。"
          />
        </Col>
        <Col xs={24} md={12}>
          <TextField control={control} name="legalRepresentative" label="法定代表人" required limit={50} />
        </Col>
        <Col xs={24} md={12}>
          <SelectField
            control={control}
            name="registeredProvince"
            label="工商注册地"
            required
            options={provinceOptions}
          />
        </Col>
        <Col xs={24}>
          <TextField control={control} name="address" label="住所/地址" required limit={200} />
        </Col>
        <Col xs={24} md={12}>
          <TextField control={control} name="contactName" label="联系人" required limit={50} />
        </Col>
        <Col xs={24} md={12}>
          <TextField control={control} name="contactPhone" label="联系电话" required limit={20} />
        </Col>
        <Col xs={24} md={12}>
          <SelectField
            control={control}
            name="customsOfficeCode"
            label="备案海关"
            required
            options={officeOptions}
            placeholder={province ? '请选择' : '请先选择工商注册地'}
            extra="向工商注册地所在地的海关备案。"
          />
        </Col>
        {filingAttachmentKinds.map(({ key, label }) => (
          <Col xs={24} md={12} key={key}>
            <AttachmentField
              control={control}
              name={`attachments.${key}`}
              label={label}
              required
              purpose={FILING_UPLOAD_PURPOSE}
              limitBytes={FILING_ATTACHMENT_LIMIT_BYTES}
            />
          </Col>
        ))}
      </Row>
    </Form>
  );
}
