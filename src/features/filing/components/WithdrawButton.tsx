import { App, Button, Popconfirm } from 'antd';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { useSubmission } from '@/components/form/useSubmission';
import { useSubmitFiling } from '../api/submitFiling';
import type { FilingRecord } from '@/contract/filing';

/** 撤回: takes back a declared application customs has not decided; it can then be edited (FR1). */
export function WithdrawButton({ filing }: { filing: FilingRecord }) {
  const { message } = App.useApp();
  const submit = useSubmitFiling();
  const submission = useSubmission();
  const withdraw = () => {
    const payload = { action: 'withdraw' as const, request: { version: filing.version } };
    const started = submission.begin(payload);
    if (!started) return;
    submit.mutate(
      { submit: payload, ...started },
      {
        onSettled: (_data, error) => submission.settle(!error),
        onSuccess: () => void message.success('已撤回，可修改后重新申报。'),
      },
    );
  };
  return (
    <>
      <Popconfirm
        title="撤回申请"
        description="撤回后海关将不再审核该申请，您可以修改后重新申报。确定撤回吗？"
        okText="确定撤回"
        cancelText="取消"
        onConfirm={withdraw}
      >
        <Button loading={submit.isPending}>撤回</Button>
      </Popconfirm>
      {submit.error && <RequestErrorAlert error={submit.error} title="撤回未完成" />}
    </>
  );
}
