import { App, Button, Popconfirm } from 'antd';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { PendingWrite } from '@/components/form/SubmitBar';
import type { FilingRecord } from '@/contract/filing';
import { useWithdrawFiling } from '../api/submitFiling';

/** 撤回: takes back a declared application customs has not decided; it can then be edited (FR1). */
export function WithdrawButton({ filing }: { filing: FilingRecord }) {
  const { message } = App.useApp();
  const withdraw = useWithdrawFiling();
  // Not returning the answer: the Popconfirm would stay open until it came, its 取消 not aborting.
  const onConfirm = () => {
    void withdraw.submit(
      { body: { version: filing.version } },
      { onSuccess: () => void message.success('已撤回，可修改后重新申报。') },
    );
  };
  return (
    <>
      <Popconfirm
        title="撤回申请"
        description="撤回后海关将不再审核该申请，您可以修改后重新申报。确定撤回吗？"
        okText="确定撤回"
        cancelText="取消"
        onConfirm={onConfirm}
      >
        <Button loading={withdraw.isPending}>撤回</Button>
      </Popconfirm>
      <PendingWrite write={withdraw} doing="撤回申请" />
      {withdraw.error && <RequestErrorAlert error={withdraw.error} title="撤回未完成" />}
    </>
  );
}
