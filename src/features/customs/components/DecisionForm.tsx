import { Alert, Button, Form, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { WritingForm } from '@/components/form/WritingForm';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { fromTable } from '@/components/form/FormField';
import { RadioField } from '@/components/form/RadioField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { useFormRules } from '@/components/form/formRules';
import { SubmitBar } from '@/components/form/SubmitBar';
import { ApiError } from '@/lib/api/apiError';
import {
  decisionFields,
  decisionRequestSchema,
  type DecisionRequest,
  type ReviewItem,
} from '@/contract/review';
import { decisionLabels } from '@/lib/applicationTypeLabels';
import { useDecide } from '../api/reviewQueue';

const field = fromTable(decisionFields);

/**
 * 审核: approve or reject one declared application, with 审核意见 (required to reject). Nothing is
 * chosen until the officer chooses. Alt+Y / Alt+N choose, Ctrl+Enter submits.
 */
export function DecisionForm({ item, onDone }: { item: ReviewItem; onDone: (decided: ReviewItem) => void }) {
  const decide = useDecide();
  const rules = useFormRules<DecisionRequest, DecisionRequest>({
    declare: decisionRequestSchema,
    fields: Object.keys(decisionFields),
  });
  const { control, handleSubmit, setError, setValue, setFocus } = useForm<DecisionRequest>({
    // No decision until one is chosen: a slip of the Enter key must not approve.
    defaultValues: { version: item.version, opinion: '' },
    resolver: rules.resolver,
  });
  const onSubmit = handleSubmit((request) => {
    decide.submit(
      { params: { kind: item.kind, recordId: item.recordId }, body: request },
      {
        onSuccess: ({ item: decided }) => onDone(decided),
        onError: (error) => rules.showServerErrors(error, setError),
      },
    );
  });
  const stale = decide.error instanceof ApiError && decide.error.status === 409;
  const shortcuts = (event: KeyboardEvent) => {
    const key = event.key.toLowerCase();
    if (event.altKey && (key === 'y' || key === 'n')) {
      event.preventDefault();
      setValue('decision', key === 'y' ? 'approve' : 'reject', { shouldValidate: true });
      if (key === 'n') setFocus('opinion');
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void onSubmit();
    }
  };
  const words = decisionLabels(item.type);
  return (
    // The shortcuts work wherever the focus is in the form (the opinion's text included).
    <div onKeyDown={shortcuts}>
      <WritingForm label="审核" onSubmit={() => void onSubmit()}>
        <Form layout="vertical" component={false}>
          {/* The first choice takes the focus: the keyboard starts on the decision. */}
          <RadioField
            control={control}
            {...field('decision')}
            autoFocus
            options={[
              { value: 'approve', label: words.approve },
              { value: 'reject', label: words.reject },
            ]}
          />
          <TextAreaField control={control} {...field('opinion')} rows={{ minRows: 2, maxRows: 4 }} />
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
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            快捷键：Alt+Y {words.approve}，Alt+N {words.reject}，Ctrl+Enter 提交；提交后打开下一条
          </Typography.Text>
        </SubmitBar>
      </WritingForm>
    </div>
  );
}
