// The buttons under a form that writes, and what they say while a write is pending: 取消 (aborts
// it; the form keeps everything) and, once the service is slow to answer, a notice not to submit
// again.
import { Alert, Button, Space } from 'antd';
import type { ReactNode } from 'react';
import type { IdempotentMutation } from '@/lib/api/useIdempotentMutation';
import { KeptMark } from './KeptMark';
import type { KeptStatus } from './keptStatus';

type Pending = Pick<IdempotentMutation<never, unknown>, 'isPending' | 'slow' | 'cancel'>;

export function SubmitBar({
  writes,
  children,
  kept,
  style,
}: {
  /** The form's writes (e.g. 暂存 and 申报); at most one is pending at a time. */
  writes: readonly Pending[];
  children: ReactNode;
  /** For a form that keeps unsaved typing: says whether it is kept on this computer yet. */
  kept?: KeptStatus;
  style?: React.CSSProperties;
}) {
  const pending = writes.find((write) => write.isPending);
  return (
    <div style={style}>
      <Space wrap>
        {children}
        {pending && <Button onClick={pending.cancel}>取消</Button>}
        {kept && <KeptMark status={kept} />}
      </Space>
      {pending?.slow && <SlowAnswerNotice style={{ marginTop: 12 }} />}
    </div>
  );
}

/** Shown while the service has kept a request waiting long, so nobody clicks twice or leaves. */
export function SlowAnswerNotice({ style }: { style?: React.CSSProperties }) {
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={style}
      title="海关服务响应较慢，正在等待…"
      description="请勿重复提交；如长时间没有结果，可取消后重试，已填写的内容不会丢失。"
    />
  );
}

/**
 * A write started from a button outside a form (a table row's 停用, a page's 撤回): what is being
 * done, with 取消, while it is pending.
 */
export function PendingWrite({
  write,
  doing,
  style,
}: {
  write: Pending;
  doing: string;
  style?: React.CSSProperties;
}) {
  if (!write.isPending) return null;
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={style}
      title={write.slow ? '海关服务响应较慢，正在等待…' : `正在${doing}…`}
      description={write.slow ? '请勿重复提交；如长时间没有结果，可取消后重试。' : undefined}
      action={
        <Button size="small" onClick={write.cancel}>
          取消
        </Button>
      }
    />
  );
}
