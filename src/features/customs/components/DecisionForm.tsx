import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { useForm } from 'react-hook-form';
import { WritingForm } from '@/components/form/WritingForm';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { FormField } from '@/components/form/FormField';
import { useFormRules } from '@/components/form/formRules';
import { SubmitBar } from '@/components/form/SubmitBar';
import { ApiError } from '@/lib/api/apiError';
import { useDecide } from '../api/reviewQueue';
import { decisionRequestSchema, type DecisionRequest, type ReviewItem } from '@/contract/review';
import { applicationTypeLabels, statusLabel, decisionLabels } from '@/lib/applicationTypeLabels';

/** 审核: approve or reject one declared application, with 审核意见 (required to reject). */
export function DecisionForm({ item, onDone }: { item: ReviewItem; onDone: () => void }) {
  const { message } = App.useApp();
  const decide = useDecide();
  const rules = useFormRules<DecisionRequest, DecisionRequest>({
    declare: decisionRequestSchema,
    fields: ['decision', 'opinion'],
  });
  const { control, handleSubmit, setError } = useForm<DecisionRequest>({
    defaultValues: { version: item.version, decision: 'approve', opinion: '' },
    resolver: rules.resolver,
  });
  const onSubmit = handleSubmit((request) => {
    decide.submit(
      { params: { kind: item.kind, recordId: item.recordId }, body: request },
      {
        onSuccess: ({ item: decided }) => {
          void message.success(
            `已审核：${decided.enterprise.nameCn} 的${applicationTypeLabels[decided.type]}${statusLabel(decided)}。`,
          );
          onDone();
        },
        onError: (error) => rules.showServerErrors(error, setError),
      },
    );
  });
  const stale = decide.error instanceof ApiError && decide.error.status === 409;
  return (
    <WritingForm label="审核" onSubmit={() => void onSubmit()}>
      <Form layout="vertical" component={false}>
        <FormField control={control} name="decision" label="审核结果" required>
          {({ value, onChange, id, ...field }) => (
            <Radio.Group
              id={id}
              name="decision"
              aria-invalid={field['aria-invalid']}
              value={value}
              onChange={(event) => onChange(event.target.value)}
              options={[
                { value: 'approve', label: decisionLabels(item.type).approve },
                { value: 'reject', label: decisionLabels(item.type).reject },
              ]}
            />
          )}
        </FormField>
        <FormField control={control} name="opinion" label="审核意见">
          {({ value, onChange, status, ...field }) => (
            <Input.TextArea
              {...field}
              value={typeof value === 'string' ? value : ''}
              onChange={(event) => onChange(event.target.value)}
              status={status}
              rows={4}
              count={{ show: true, max: 500 }}
              placeholder="审核不通过时必填：说明需要企业修改的内容"
            />
          )}
        </FormField>
      </Form>
      {stale ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title="该申请已变化"
          description={decide.error?.message}
        />
      ) : (
        decide.error && <RequestErrorAlert error={decide.error} title="审核未完成" />
      )}
      <SubmitBar writes={[decide]} style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" loading={decide.isPending}>
          提交审核结果
        </Button>
      </SubmitBar>
    </WritingForm>
  );
}
