import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { CheckboxGroupField } from '@/components/form/CheckboxGroupField';
import { DateField } from '@/components/form/DateField';
import { fromTable } from '@/components/form/FormField';
import { RadioField } from '@/components/form/RadioField';
import { SelectField } from '@/components/form/SelectField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { useFormRules } from '@/components/form/formRules';
import { WritingForm } from '@/components/form/WritingForm';
import { SubmitBar } from '@/components/form/SubmitBar';
import { beijingDate } from '@/values/beijingDate';
import {
  documentCatalog,
  issueFields,
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

const field = fromTable(issueFields);
const subjectKinds = [
  { value: 'preReview', label: '产品预审' },
  { value: 'certificate', label: '原产地证书' },
] as const;
const documentOptions = documentCatalog.map((d) => ({ value: d.key, label: d.label }));

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
    fields: [...Object.keys(issueFields), 'subject'],
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
            <SelectField
              control={control}
              {...field('enterpriseId')}
              options={targets.data.enterprises.map((e) => ({ value: e.id, label: e.nameCn }))}
            />
            <RadioField control={control} {...field('subjectKind')} options={subjectKinds} />
            {subjectKind === 'preReview' ? (
              <SelectField
                control={control}
                {...field('preReviewId')}
                placeholder={enterprise ? undefined : '请先选择企业'}
                disabled={!enterprise}
                options={(enterprise?.preReviews ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.nameCn}（HS ${p.hsCode}）`,
                }))}
              />
            ) : (
              <TextField control={control} {...field('certificateNo')} />
            )}
            <CheckboxGroupField control={control} {...field('requiredDocuments')} options={documentOptions} />
            <DateField control={control} {...field('deadline')} width={220} />
            <TextAreaField control={control} {...field('requirement')} />
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
