// Add or edit an authorised person: 姓名, 身份证号码 (check digit), 移动电话, and the two documents;
// 暂存 keeps any state, 申报 submits it for customs review. Typing survives a reload.
import { Alert, App, Button, Form } from 'antd';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { AttachmentField } from '@/components/form/AttachmentField';
import { FormErrorSummary } from '@/components/form/FormErrorSummary';
import { fromTable } from '@/components/form/FormField';
import { useFormRules } from '@/components/form/formRules';
import { TextField } from '@/components/form/TextField';
import { RestoredNotice } from '@/components/form/RestoredNotice';
import { useKeptForm } from '@/components/form/useKeptForm';
import { keptReader, partNamer } from '@/lib/keptValues';
import { WritingForm } from '@/components/form/WritingForm';
import { SubmitBar } from '@/components/form/SubmitBar';
import { useConfirmDeclare } from '@/components/form/useConfirmDeclare';
import { maskIdCard } from '@/values/idCard';
import {
  emptyPerson,
  PERSONNEL_ATTACHMENT_LIMIT_BYTES,
  PERSONNEL_UPLOAD_PURPOSE,
  personDraftSchema,
  personFieldLabels,
  personFields,
  personnelAttachmentFields,
  personnelAttachmentKinds,
  personSchema,
  type Person,
  type PersonDraft,
  type PersonRecord,
} from '@/contract/personnel';
import { useCreatePerson, useUpdatePerson } from '../api/personnel';

const personRules = {
  draft: personDraftSchema,
  declare: personSchema,
  serverPrefix: 'data.',
  fields: Object.keys(emptyPerson),
};
const readKeptPerson = keptReader<PersonDraft>(personDraftSchema, partNamer(personFieldLabels));
const field = fromTable({ ...personFields, ...personnelAttachmentFields });

export function PersonForm({
  person,
  username,
  onDone,
}: {
  person: PersonRecord | null;
  username: string;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const saved = person?.data ?? emptyPerson;
  const rules = useFormRules<PersonDraft, Person, PersonDraft>(personRules);
  const { form, baseVersionRef, restored, resetToServer, afterSubmit, kept } = useKeptForm<
    PersonDraft,
    unknown,
    Person
  >({
    key: `${username}:person:${person?.id ?? 'new'}`,
    saved,
    version: person?.version ?? 0,
    read: readKeptPerson,
    form: {
      resolver: rules.resolver,
      mode: 'onTouched',
    },
  });
  const { control, getValues, setError, handleSubmit, formState } = form;
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const id = person?.id ?? null;
  const submit = id === null ? create : update;

  const run = (declare: boolean, data: PersonDraft) => {
    const submitted = structuredClone(getValues());
    const request = submit.submit(
      { params: id === null ? undefined : { id }, body: { version: baseVersionRef.current, declare, data } },
      {
        onSuccess: () => {
          void message.success(declare ? '已提交海关审核。' : '已暂存。');
          onDone();
        },
        onError: (error) => rules.showServerErrors(error, setError),
      },
    );
    if (request) afterSubmit(request, submitted);
  };
  const onSave = () => rules.submitDraft(handleSubmit, (data) => run(false, data));
  const confirmDeclare = useConfirmDeclare();
  const onDeclare = () =>
    rules.submitDeclare(handleSubmit, (data) =>
      confirmDeclare(
        {
          what: id === null ? '授权人员备案申请' : '授权人员信息修改申请',
          items: [
            { label: personFields.name.label, value: data.name },
            { label: personFields.idNumber.label, value: maskIdCard(data.idNumber) },
            { label: personFields.mobile.label, value: data.mobile },
            {
              label: '随附单证',
              value: personnelAttachmentKinds
                .map(({ key, label }) => `${label}：${data[key]?.name ?? '—'}`)
                .join('；'),
            },
          ],
          after: '申报后由企业的备案海关审核，审核结果在授权人员列表和“受理情况查询”中查看。',
        },
        () => run(true, data),
      ),
    );
  const pending = submit.isPending ? (submit.variables?.body.declare ? 'declare' : 'save') : null;

  return (
    <WritingForm label="授权人员信息" onSubmit={() => onDeclare()}>
      <RestoredNotice restored={restored} onDiscard={() => resetToServer(saved, person?.version ?? 0)} />
      {person?.status === '审核不通过' && person.opinion && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="海关审核不通过"
          description={person.opinion}
        />
      )}
      <FormErrorSummary
        errors={formState.errors}
        labels={personFieldLabels}
        shown={formState.submitCount > 0}
      />
      <Form layout="vertical" component={false}>
        <TextField control={control} {...field('name')} />
        <TextField control={control} {...field('idNumber')} />
        <TextField control={control} {...field('mobile')} />
        {personnelAttachmentKinds.map(({ key }) => (
          <AttachmentField
            key={key}
            control={control}
            {...field(key)}
            purpose={PERSONNEL_UPLOAD_PURPOSE}
            limitBytes={PERSONNEL_ATTACHMENT_LIMIT_BYTES}
          />
        ))}
      </Form>
      {submit.error && <RequestErrorAlert error={submit.error} title="提交未完成" />}
      <SubmitBar writes={[submit]} kept={kept} style={{ marginTop: 16 }}>
        <Button onClick={onSave} loading={pending === 'save'} disabled={submit.isPending}>
          暂存
        </Button>
        <Button type="primary" htmlType="submit" loading={pending === 'declare'} disabled={submit.isPending}>
          申报
        </Button>
      </SubmitBar>
    </WritingForm>
  );
}
