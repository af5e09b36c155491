// The dialog of 注销, 恢复, 删除 and 修改 of a 申请说明: what the action does, the 申请说明 (a form of
// its own, its limit and label from the contract's table), and its buttons — 暂存 the draft, or
// draft and 申报 in one go. A deletion customs never approved (ST4) asks only to confirm. Mounted
// per ask (its form starts from that ask's 申请说明) and kept, closed, until the next.
import { Alert, Button, Form, Modal, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { fromTable } from '@/components/form/FormField';
import { useFormRules } from '@/components/form/formRules';
import { SlowAnswerNotice } from '@/components/form/SubmitBar';
import { TextAreaField } from '@/components/form/TextAreaField';
import { actionLabels } from '@/domain/preReview/stateTable';
import { actionReasonSchema, preReviewActionFields, type ActionReason } from '@/contract/preReview';
import { explanations, twoSteps, type Explained } from '../model/actionWords';

const field = fromTable(preReviewActionFields);

interface Props {
  open: boolean;
  action: Explained;
  /** The record's name, in the title. */
  name: string;
  /** The 申请说明 it opens with: the draft's own for 修改, else none. */
  reason: string;
  /** ST4: a deletion that removes the record at once; `draft`: whether it is still a 暂存 draft. */
  atOnce: { draft: boolean } | null;
  /** Said above the 申请说明: the editor holds changes the action will drop. */
  warning: string | null;
  /** The write's state: which button waits, whether the answer is slow, what failed. */
  pending: { drafting: boolean; declaring: boolean; slow: boolean };
  failure: ReactNode;
  /** Carries the action out with the checked 申请说明; `thenDeclare`: 申报 the draft it makes. */
  onSubmit: (reason: string, thenDeclare: boolean) => void;
  /** 取消: stops a pending write (the dialog stays, with the 申请说明), else closes. */
  onCancel: () => void;
}

export function ActionReasonDialog({
  open,
  action,
  name,
  reason,
  atOnce,
  warning,
  pending,
  failure,
  onSubmit,
  onCancel,
}: Props) {
  const rules = useFormRules<ActionReason, ActionReason>({
    declare: actionReasonSchema,
    fields: Object.keys(preReviewActionFields),
  });
  const { control, handleSubmit } = useForm<ActionReason>({
    defaultValues: { reason },
    resolver: rules.resolver,
  });
  const typed = useWatch({ control, name: 'reason' });
  const ready = atOnce !== null || typed.trim() !== '';
  const busy = pending.drafting || pending.declaring;
  const submit = (thenDeclare: boolean) =>
    atOnce ? onSubmit('', false) : void handleSubmit((checked) => onSubmit(checked.reason, thenDeclare))();
  const label = actionLabels[action];

  const footer = (
    <Space wrap style={{ justifyContent: 'flex-end' }}>
      <Button onClick={onCancel}>取消</Button>
      {action === 'edit' || atOnce ? (
        <Button
          type="primary"
          danger={atOnce !== null}
          disabled={!ready}
          loading={busy}
          onClick={() => submit(false)}
        >
          {atOnce ? '确定删除' : '保存'}
        </Button>
      ) : (
        <>
          {/* The pressed button shows the wait; the other waits with it. */}
          <Button
            disabled={!ready || pending.declaring}
            loading={pending.drafting}
            onClick={() => submit(false)}
          >
            暂存{label}申请
          </Button>
          <Button
            type="primary"
            disabled={!ready || pending.drafting}
            loading={pending.declaring}
            onClick={() => submit(true)}
          >
            {label}并申报
          </Button>
        </>
      )}
    </Space>
  );

  return (
    <Modal
      open={open}
      title={action === 'edit' ? `修改申请说明：${name}` : `${label}：${name}`}
      onCancel={onCancel}
      footer={footer}
      destroyOnHidden
    >
      {atOnce ? (
        <Typography.Paragraph>
          {atOnce.draft ? '这份新增草稿' : '这份未通过审核的新增申请'}
          从未经海关审核，将立即删除，不需要申报。删除后不可恢复。
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph>{explanations[action]}</Typography.Paragraph>
      )}
      {!atOnce && action !== 'edit' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={twoSteps(label)} />
      )}
      {action !== 'edit' && warning && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={warning} />
      )}
      {pending.slow && <SlowAnswerNotice style={{ marginBottom: 12 }} />}
      {/* A failure is said here, where the user is looking; the 申请说明 stays as typed. */}
      {failure && <div style={{ marginBottom: 12 }}>{failure}</div>}
      {!atOnce && (
        <Form layout="vertical" component={false}>
          <TextAreaField control={control} {...field('reason')} rows={3} />
        </Form>
      )}
    </Modal>
  );
}
