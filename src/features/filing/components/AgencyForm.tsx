// Authorise an agency (代录入企业), or edit an authorisation: who, which functions, for how long,
// and the 授权委托书.
import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Checkbox, Form, Space } from 'antd';
import { useState } from 'react';
import { type Resolver } from 'react-hook-form';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { AttachmentField } from '@/components/form/AttachmentField';
import { FormField } from '@/components/form/FormField';
import { RestoredNotice } from '@/components/form/RestoredNotice';
import { showServerFieldErrors } from '@/components/form/serverErrors';
import { TextField } from '@/components/form/TextField';
import { useKeptForm } from '@/components/form/useKeptForm';
import { SubmitBar } from '@/components/form/SubmitBar';
import { capabilityLabels, delegableCapabilities } from '@/domain/capabilities';
import { useCreateAgency, useUpdateAgency } from '../api/agencies';
import { isOwnUscc, OWN_USCC_MESSAGE } from '@/domain/filing/agencyRules';
import {
  AGENCY_ATTACHMENT_LIMIT_BYTES,
  AGENCY_UPLOAD_PURPOSE,
  agencyDataSchema,
  type AgencyData,
  type AgencyInput,
  type AgencyRecord,
} from '@/contract/agency';

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
const fieldNames = Object.keys(empty);

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
  const [resolver] = useState(() => zodResolver(agencyFormSchema(ownUscc)));
  const saved = agency?.data ?? empty;
  const { form, restored, resetToServer, afterSubmit } = useKeptForm<AgencyInput, unknown, AgencyData>({
    key: `${username}:agency:${agency?.id ?? 'new'}`,
    saved,
    version: agency?.version ?? 0,
    read: (stored) => ({ ...empty, ...(stored as Partial<AgencyInput>) }),
    form: { resolver: resolver as Resolver<AgencyInput, unknown, AgencyData>, mode: 'onTouched' },
  });
  const { control, handleSubmit, setError, getValues } = form;
  const onSubmit = handleSubmit((data) => {
    const submitted = structuredClone(getValues());
    const request = submit.submit(
      { params: agency ? { id: agency.id } : undefined, body: { version: agency?.version ?? 0, data } },
      {
        onSuccess: () => {
          void message.success(agency ? '已保存修改。' : `已授权 ${data.nameCn} 代录入。`);
          onDone();
        },
        onError: (error) => showServerFieldErrors(error, setError, fieldNames, 'data.'),
      },
    );
    if (request) afterSubmit(request, submitted);
  });
  return (
    <form noValidate aria-label="代录入企业授权" onSubmit={(event) => void onSubmit(event)}>
      <RestoredNotice restored={restored} onDiscard={() => resetToServer(saved, agency?.version ?? 0)} />
      <Form layout="vertical" component={false}>
        <TextField control={control} name="nameCn" label="企业名称" required limit={100} />
        <TextField control={control} name="uscc" label="统一社会信用代码" required limit={18} />
        <TextField control={control} name="customsCode" label="海关编码" required limit={10} />
        <TextField control={control} name="contactName" label="联系人" required limit={50} />
        <TextField control={control} name="contactPhone" label="联系电话" required limit={20} />
        <FormField control={control} name="scope" label="授权范围" required>
          {({ value, onChange, id }) => (
            <div id={id} role="group" aria-label="授权范围">
              <Checkbox.Group
                value={Array.isArray(value) ? value : []}
                onChange={(checked) => onChange(checked)}
                options={delegableCapabilities.map((c) => ({ value: c, label: capabilityLabels[c] }))}
              />
            </div>
          )}
        </FormField>
        <Space wrap>
          <TextField control={control} name="validFrom" label="授权开始日期" type="date" required />
          <TextField control={control} name="validTo" label="授权结束日期" type="date" required />
        </Space>
        <AttachmentField
          control={control}
          name="powerOfAttorney"
          label="授权委托书"
          required
          purpose={AGENCY_UPLOAD_PURPOSE}
          limitBytes={AGENCY_ATTACHMENT_LIMIT_BYTES}
        />
      </Form>
      {submit.error && <RequestErrorAlert error={submit.error} title="保存未完成" />}
      <SubmitBar writes={[submit]} style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          保存授权
        </Button>
      </SubmitBar>
    </form>
  );
}
