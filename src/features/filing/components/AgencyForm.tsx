// Authorise an agency (代录入企业), or edit an authorisation: who, which functions, for how long,
// and the 授权委托书.
import { App, Button, Form, Space } from 'antd';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { AttachmentField } from '@/components/form/AttachmentField';
import { CheckboxGroupField } from '@/components/form/CheckboxGroupField';
import { DateField } from '@/components/form/DateField';
import { FormErrorSummary } from '@/components/form/FormErrorSummary';
import { fromTable } from '@/components/form/FormField';
import { useFormRules } from '@/components/form/formRules';
import { RestoredNotice } from '@/components/form/RestoredNotice';
import { TextField } from '@/components/form/TextField';
import { useKeptForm } from '@/components/form/useKeptForm';
import { keptReader, partNamer } from '@/lib/keptValues';
import { WritingForm } from '@/components/form/WritingForm';
import { SubmitBar } from '@/components/form/SubmitBar';
import { capabilityLabels, delegableCapabilities } from '@/values/capabilities';
import { isOwnUscc, OWN_USCC_MESSAGE } from '@/domain/filing/agencyRules';
import {
  AGENCY_ATTACHMENT_LIMIT_BYTES,
  AGENCY_UPLOAD_PURPOSE,
  agencyDataSchema,
  agencyFieldLabels,
  agencyFields,
  type AgencyData,
  type AgencyInput,
  type AgencyRecord,
} from '@/contract/agency';
import { useCreateAgency, useUpdateAgency } from '../api/agencies';

const empty: AgencyInput = {
  nameCn: '',
  uscc: '',
  customsCode: '',
  contactName: '',
  contactPhone: '',
  scope: [],
  validFrom: '',
  validTo: '',
  powerOfAttorney: null,
};
const field = fromTable(agencyFields);
const scopeOptions = delegableCapabilities.map((c) => ({ value: c, label: capabilityLabels[c] }));
const readKeptAgency = keptReader<AgencyInput>(agencyDataSchema, partNamer(agencyFieldLabels));

/** The authorisation as the form checks it: the shared rules, and not the enterprise itself. */
function agencyFormSchema(ownUscc: string | null) {
  return agencyDataSchema.superRefine((data, ctx) => {
    if (isOwnUscc(data.uscc, ownUscc))
      ctx.addIssue({ code: 'custom', path: ['uscc'], message: OWN_USCC_MESSAGE });
  });
}

interface AgencyFormProps {
  agency: AgencyRecord | null;
  username: string;
  /** 统一社会信用代码 of the enterprise granting the authorisation. */
  ownUscc: string | null;
  onDone: () => void;
}

export function AgencyForm({ agency, username, ownUscc, onDone }: AgencyFormProps) {
  const { message } = App.useApp();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  const submit = agency === null ? create : update;
  const rules = useFormRules<AgencyInput, AgencyData>({
    declare: agencyFormSchema(ownUscc),
    serverPrefix: 'data.',
    fields: Object.keys(empty),
  });
  const saved = agency?.data ?? empty;
  const { form, restored, resetToServer, afterSubmit, kept } = useKeptForm<AgencyInput, unknown, AgencyData>({
    key: `${username}:agency:${agency?.id ?? 'new'}`,
    saved,
    version: agency?.version ?? 0,
    read: readKeptAgency,
    form: { resolver: rules.resolver, mode: 'onTouched' },
  });
  const { control, handleSubmit, setError, getValues, formState } = form;
  const onSubmit = () =>
    rules.submitDeclare(handleSubmit, (data) => {
      const submitted = structuredClone(getValues());
      const request = submit.submit(
        { params: agency ? { id: agency.id } : undefined, body: { version: agency?.version ?? 0, data } },
        {
          onSuccess: () => {
            void message.success(agency ? '已保存修改。' : `已授权 ${data.nameCn} 代录入。`);
            onDone();
          },
          onError: (error) => rules.showServerErrors(error, setError),
        },
      );
      if (request) afterSubmit(request, submitted);
    });
  return (
    <WritingForm label="代录入企业授权" onSubmit={() => onSubmit()}>
      <RestoredNotice restored={restored} onDiscard={() => resetToServer(saved, agency?.version ?? 0)} />
      <FormErrorSummary
        errors={formState.errors}
        labels={agencyFieldLabels}
        shown={formState.submitCount > 0}
      />
      <Form layout="vertical" component={false}>
        <TextField control={control} {...field('nameCn')} />
        <TextField control={control} {...field('uscc')} />
        <TextField control={control} {...field('customsCode')} />
        <TextField control={control} {...field('contactName')} />
        <TextField control={control} {...field('contactPhone')} />
        <CheckboxGroupField control={control} {...field('scope')} options={scopeOptions} />
        <Space wrap>
          <DateField control={control} {...field('validFrom')} />
          <DateField control={control} {...field('validTo')} />
        </Space>
        <AttachmentField
          control={control}
          {...field('powerOfAttorney')}
          purpose={AGENCY_UPLOAD_PURPOSE}
          limitBytes={AGENCY_ATTACHMENT_LIMIT_BYTES}
        />
      </Form>
      {submit.error && <RequestErrorAlert error={submit.error} title="保存未完成" />}
      <SubmitBar writes={[submit]} kept={kept} style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          保存授权
        </Button>
      </SubmitBar>
    </WritingForm>
  );
}
