import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, Radio, Select, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { DateField } from '@/components/form/DateField';
import { FormField } from '@/components/form/FormField';
import { useFormRules } from '@/components/form/formRules';
import { WritingForm } from '@/components/form/WritingForm';
import { SubmitBar } from '@/components/form/SubmitBar';
import { beijingDate } from '@/values/beijingDate';
import {
  documentCatalog,
  issueRequestSchema,
  type DocumentKey,
  type IssueRequest,
} from '@/contract/verification';
import { paths } from '@/lib/paths';
import { useIssueVerification, verificationQueries } from '../api/verifications';

interface IssueForm {
  enterpriseId: string;
  subjectKind: 'preReview' | 'certificate';
  preReviewId: string;
  certificateNo: string;
  requiredDocuments: DocumentKey[];
  deadline: string;
  requirement: string;
}

const FIELDS = [
  'enterpriseId',
  'preReviewId',
  'certificateNo',
  'requiredDocuments',
  'deadline',
  'requirement',
];

const toRequest = (form: IssueForm) => ({
  enterpriseId: form.enterpriseId,
  subject:
    form.subjectKind === 'preReview'
      ? { kind: 'preReview' as const, preReviewId: form.preReviewId }
      : { kind: 'certificate' as const, certificateNo: form.certificateNo.trim().toUpperCase() },
  requiredDocuments: form.requiredDocuments,
  deadline: form.deadline,
  requirement: form.requirement,
});

/** The request's paths (`subject.preReviewId`) are the form's own names (`preReviewId`). */
const formPath = (path: string) => path.replace(/^subject\./, '');

/** 发起核查 (customs): a 核查记录单 to an enterprise about a pre-review or a certificate. */
export function IssueVerificationPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const targets = useQuery(verificationQueries.targets());
  const issue = useIssueVerification();
  const [inTwoWeeks] = useState(() => beijingDate(new Date(Date.now() + 14 * 86_400_000)));
  // The request is checked as the service checks it; its paths name the form's fields.
  const rules = useFormRules<IssueForm, IssueRequest>({
    declare: issueRequestSchema,
    toInput: toRequest,
    fieldOf: formPath,
    fields: [...FIELDS, 'subject'],
  });
  const form = useForm<IssueForm, unknown, IssueRequest>({
    resolver: rules.resolver,
    defaultValues: {
      enterpriseId: '',
      subjectKind: 'preReview',
      preReviewId: '',
      certificateNo: '',
      requiredDocuments: [],
      deadline: inTwoWeeks,
      requirement: '',
    },
  });
  // The fields bind the form's values; only the submit sees the checked request.
  const { handleSubmit, setError, control } = form;
  const [enterpriseId, subjectKind] = useWatch({ control, name: ['enterpriseId', 'subjectKind'] });
  const enterprise = targets.data?.enterprises.find((e) => e.id === enterpriseId);

  const onSubmit = () =>
    rules.submitDeclare(handleSubmit, (request) => {
      issue.submit(
        { body: request },
        {
          onSuccess: ({ verification }) => {
            void message.success(
              `已向 ${enterprise?.nameCn ?? '企业'} 发起核查，核查记录单号 ${verification.number}。`,
            );
            void navigate(paths.customs());
          },
          onError: (error) => rules.showServerErrors(error, setError),
        },
      );
    });

  if (targets.isPending) return <Skeleton active />;
  if (targets.error)
    return (
      <RequestErrorAlert
        error={targets.error}
        title="无法读取可核查的企业"
        onRetry={() => void targets.refetch()}
      />
    );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <WritingForm label="发起核查" onSubmit={() => onSubmit()}>
          <Form layout="vertical" component={false}>
            <FormField control={control} name="enterpriseId" label="企业" required>
              {({ value, onChange, status, ref: _ref, ...field }) => (
                <Select
                  {...field}
                  status={status}
                  value={(value as string) || undefined}
                  placeholder="请选择已备案的企业"
                  onChange={onChange}
                  options={targets.data.enterprises.map((e) => ({ value: e.id, label: e.nameCn }))}
                />
              )}
            </FormField>
            <FormField control={control} name="subjectKind" label="核查对象" required>
              {({ value, onChange, id }) => (
                <Radio.Group
                  id={id}
                  value={value}
                  onChange={(event) => onChange(event.target.value)}
                  options={[
                    { value: 'preReview', label: '产品预审' },
                    { value: 'certificate', label: '原产地证书' },
                  ]}
                />
              )}
            </FormField>
            {subjectKind === 'preReview' ? (
              <FormField control={control} name="preReviewId" label="产品预审" required>
                {({ value, onChange, status, ref: _ref, ...field }) => (
                  <Select
                    {...field}
                    status={status}
                    showSearch={{ optionFilterProp: 'label' }}
                    value={(value as string) || undefined}
                    placeholder={enterprise ? '请选择审核通过的产品预审' : '请先选择企业'}
                    disabled={!enterprise}
                    onChange={onChange}
                    options={(enterprise?.preReviews ?? []).map((p) => ({
                      value: p.id,
                      label: `${p.nameCn}（HS ${p.hsCode}）`,
                    }))}
                  />
                )}
              </FormField>
            ) : (
              <FormField control={control} name="certificateNo" label="原产地证书编号" required>
                {({ value, onChange, status, ...field }) => (
                  <Input
                    {...field}
                    status={status}
                    count={{ max: 30 }}
                    value={value as string}
                    onChange={(event) => onChange(event.target.value)}
                  />
                )}
              </FormField>
            )}
            <FormField control={control} name="requiredDocuments" label="必须上传的电子资料（勾选）" required>
              {({ value, onChange, id }) => (
                <div id={id} role="group" aria-label="必须上传的电子资料">
                  <Checkbox.Group
                    value={value as DocumentKey[]}
                    onChange={onChange}
                    options={documentCatalog.map((d) => ({ value: d.key, label: d.label }))}
                  />
                </div>
              )}
            </FormField>
            <DateField control={control} name="deadline" label="回复期限" required width={220} />
            <FormField control={control} name="requirement" label="核查要求" required>
              {({ value, onChange, status, ...field }) => (
                <Input.TextArea
                  {...field}
                  status={status}
                  rows={4}
                  count={{ show: true, max: 1000 }}
                  value={value as string}
                  onChange={(event) => onChange(event.target.value)}
                />
              )}
            </FormField>
          </Form>
          {issue.error && <RequestErrorAlert error={issue.error} title="未能发起核查" />}
          <SubmitBar writes={[issue]} style={{ marginTop: 12 }}>
            <Button type="primary" htmlType="submit" loading={issue.isPending}>
              发起核查
            </Button>
          </SubmitBar>
        </WritingForm>
      </Card>
    </Space>
  );
}
