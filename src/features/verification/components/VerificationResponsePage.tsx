import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useWatch, type FieldErrors } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryResult } from '@/components/QueryResult';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { MultiAttachmentField } from '@/components/form/MultiAttachmentField';
import { RestoredNotice } from '@/components/form/RestoredNotice';
import { focusField, fromTable } from '@/components/form/FormField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { WritingForm } from '@/components/form/WritingForm';
import { flattenErrors } from '@/components/form/FormErrorSummary';
import { useFormRules } from '@/components/form/formRules';
import { SubmitBar } from '@/components/form/SubmitBar';
import { useKeptForm } from '@/components/form/useKeptForm';
import {
  canProcess,
  missingDocuments,
  returnReason,
  subjectLabel,
} from '@/domain/verification/verificationRules';
import {
  documentLabels,
  MAX_FILES_PER_DOCUMENT,
  OTHER_DOCUMENT_LABEL,
  responseFields,
  VERIFICATION_ATTACHMENT_LIMIT_BYTES,
  VERIFICATION_UPLOAD_PURPOSE,
  type DocumentKey,
  type RespondRequest,
  type VerificationRecord,
  type VerificationState,
} from '@/contract/verification';
import { paths } from '@/lib/paths';
import { useOnScreen } from '@/lib/onScreen';
import {
  attachmentsOf,
  responseFieldOf,
  readKeptResponse,
  responseRequestSchemaFor,
  slotsOf,
  startingForm,
  type FileSlot,
  type ResponseForm,
} from '../model/responseForm';
import { useRespond, verificationQueries } from '../api/verifications';
import { DeadlineTag } from './DeadlineTag';

/** 处理 a verification record: attach every required document (VR2), reply, submit. */
export function VerificationResponsePage({ username }: { username: string }) {
  const { id = '' } = useParams();
  const detail = useQuery(verificationQueries.detail(id));
  useOnScreen('verification', detail.data);
  // Whether the record could be processed when the page opened: if another tab (or customs)
  // changes it meanwhile, the form stays with what was typed, and submitting says why it failed.
  const [openedAs, setOpenedAs] = useState<VerificationState | null>(null);
  if (detail.data && openedAs === null) setOpenedAs(detail.data.state);
  return (
    <QueryResult
      query={detail}
      errorTitle="无法读取核查记录单"
      back={{ to: paths.verifications(), label: '返回核查互动' }}
    >
      {(record) => {
        const allowed = canProcess(openedAs ?? record.state);
        // VR1, also for someone who arrives at this address directly.
        return allowed.ok ? (
          <ResponseEditor key={record.id} record={record} username={username} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="warning" showIcon title="不能处理该核查记录单" description={allowed.reason} />
            <Link to={paths.verification(record.id)}>查看核查记录单</Link>
          </Space>
        );
      }}
    </QueryResult>
  );
}

function ResponseEditor({ record, username }: { record: VerificationRecord; username: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [saved] = useState(() => startingForm(record));
  const slots = slotsOf(record);
  const rules = useFormRules<ResponseForm, RespondRequest>({
    declare: responseRequestSchemaFor(record),
    // The version is the record's as it opened; the one sent is the form's base version (below).
    toInput: (current) => ({
      version: record.version,
      reply: current.reply,
      attachments: attachmentsOf(current, slots),
    }),
    fieldOf: responseFieldOf,
  });
  const { form, baseVersionRef, restored, resetToServer, afterSubmit, kept } = useKeptForm<
    ResponseForm,
    unknown,
    RespondRequest
  >({
    key: `${username}:verification:${record.id}`,
    saved,
    version: record.version,
    read: readKeptResponse,
    // Document fields are not react-hook-form inputs: focus goes to the first one in page order.
    form: { resolver: rules.resolver, shouldFocusError: false },
  });
  const {
    formState: { submitCount },
  } = form;
  const tried = submitCount > 0;
  const respond = useRespond();
  // Documents still uploading: submitting now would leave them out of the response.
  const [uploading, setUploading] = useState<ReadonlySet<string>>(new Set());
  const busyChange = useCallback(
    (slot: string, busy: boolean) =>
      setUploading((current) => {
        if (busy === current.has(slot)) return current; // unchanged: no new render
        const next = new Set(current);
        if (busy) next.add(slot);
        else next.delete(slot);
        return next;
      }),
    [],
  );
  const values = useWatch({ control: form.control }) as ResponseForm;
  const missing = missingDocuments(record.requiredDocuments, attachmentsOf(values, slots));
  const returned = returnReason(record);
  const isRequired = (slot: FileSlot): slot is DocumentKey =>
    slot !== 'other' && record.requiredDocuments.includes(slot);
  const focusFirst = (said: FieldErrors<ResponseForm>) => {
    const named = new Set(flattenErrors(said).map(({ name }) => name));
    const first = [...slots.map((slot) => `files.${slot}`), 'reply'].find((name) => named.has(name));
    if (first) focusField(first);
  };

  const submit = () =>
    rules.submitDeclare(
      form.handleSubmit,
      (checked: RespondRequest) => {
        const current = structuredClone(form.getValues());
        const answer = respond.submit(
          { params: { id: record.id }, body: { ...checked, version: baseVersionRef.current } },
          {
            onSuccess: () => {
              void message.success('已提交回复，请等待海关处理。');
              void navigate(paths.verification(record.id));
            },
            onError: (error) => {
              if (rules.showServerErrors(error, form.setError)) focusFirst(form.formState.errors);
            },
          },
        );
        if (answer) afterSubmit(answer, current);
      },
      focusFirst,
    );

  return (
    <WritingForm label="处理核查记录单" onSubmit={() => submit()}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          核查记录单 {record.number}
        </Typography.Title>
        <RestoredNotice restored={restored} onDiscard={() => resetToServer(saved, record.version)} />
        {!canProcess(record.state).ok && (
          <Alert
            type="warning"
            showIcon
            title={`该核查记录单已在其他窗口或由海关处理，当前状态为“${record.state}”`}
            description="您填写的内容仍保留在页面上；提交将不会生效，请返回查看核查记录单。"
          />
        )}
        {returned && (
          <Alert
            type="warning"
            showIcon
            title="海关退回核查"
            description={`退回原因：${returned}。上次回复的附件已保留，请补充后重新提交。`}
          />
        )}
        <Card size="small">
          <Typography.Paragraph style={{ margin: 0 }}>
            核查对象：{subjectLabel(record.subject)}，回复期限：
            <DeadlineTag record={record} />
          </Typography.Paragraph>
          <Typography.Paragraph style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>
            核查要求：{record.requirement}
          </Typography.Paragraph>
        </Card>
        {[
          { title: '必须上传的电子资料', slots: slots.filter((slot) => isRequired(slot)) },
          { title: '其他电子资料（可选）', slots: slots.filter((slot) => !isRequired(slot)) },
        ].map((group) => (
          <Card key={group.title} title={group.title}>
            <Form layout="vertical" component={false}>
              {group.slots.map((slot) => {
                const required = isRequired(slot);
                const label = slot === 'other' ? OTHER_DOCUMENT_LABEL : documentLabels[slot];
                return (
                  <MultiAttachmentField
                    key={slot}
                    control={form.control}
                    name={`files.${slot}`}
                    label={required ? `${label}（必须上传）` : label}
                    required={required}
                    purpose={VERIFICATION_UPLOAD_PURPOSE}
                    limitBytes={VERIFICATION_ATTACHMENT_LIMIT_BYTES}
                    maxFiles={MAX_FILES_PER_DOCUMENT}
                    onBusyChange={(busy) => busyChange(slot, busy)}
                  />
                );
              })}
            </Form>
          </Card>
        ))}
        <Card title={responseFields.reply.label}>
          <Form layout="vertical" component={false}>
            <TextAreaField control={form.control} {...fromTable(responseFields)('reply')} rows={5} />
          </Form>
        </Card>
        {missing.length > 0 && (
          <Alert
            type={tried ? 'error' : 'info'}
            showIcon
            title={`还需上传 ${missing.length} 项必须上传的电子资料后才能提交`}
            description={missing.map((key) => documentLabels[key]).join('、')}
          />
        )}
        {respond.error && <RequestErrorAlert error={respond.error} title="回复未提交" />}
        <SubmitBar writes={[respond]} kept={kept}>
          <Button type="primary" htmlType="submit" loading={respond.isPending} disabled={uploading.size > 0}>
            提交回复
          </Button>
          {uploading.size > 0 && (
            <Typography.Text type="secondary">正在上传附件，完成后才能提交。</Typography.Text>
          )}
          <Button onClick={() => void navigate(paths.verification(record.id))}>返回</Button>
        </SubmitBar>
      </Space>
    </WritingForm>
  );
}
