import { Typography } from 'antd';
import { useSyncExternalStore } from 'react';
import { formatTime } from '@/lib/format';
import { useStorageProblem } from '@/lib/storage';
import type { KeptStatus } from './keptStatus';

/**
 * Beside a form's buttons: that what the user typed and has not yet submitted is kept on this
 * computer (and when), or is about to be — so nobody wonders whether closing the tab loses it —
 * or, when the browser's storage is full or off, that it is not. Says nothing while there is
 * nothing unsaved.
 */
export function KeptMark({ status }: { status: KeptStatus }) {
  const state = useSyncExternalStore(status.subscribe, status.get);
  const problem = useStorageProblem();
  if (state.kind === 'nothing') return null;
  if (problem && state.kind === 'kept')
    return <Typography.Text type="danger">未能保存到本机，请及时暂存</Typography.Text>;
  return (
    <Typography.Text
      type="secondary"
      title="尚未暂存或申报的填写内容保存在本机浏览器中，重新打开此页时会恢复。"
    >
      {state.kind === 'saving' ? '正在保存到本机…' : `已自动保存在本机 ${formatTime(state.at)}`}
    </Typography.Text>
  );
}
