// What a pre-review's action does once asked (PreReviewActions' buttons): the dialog of an action
// with its 申请说明 (ActionReasonDialog), the confirmation of 申报, the writes in their order
// (useActionSequence) and what they say. Mounted on the first click of a record's actions, not
// with every row of 查询: its writes and dialog were most of a row's render (a sort of the list
// at 4× CPU: ≈ 90 of 300 ms).
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { PendingWrite } from '@/components/form/SubmitBar';
import { deletesAtOnce } from '@/domain/preReview/stateTable';
import { type Explained } from '../model/actionWords';
import { ActionReasonDialog } from './ActionReasonDialog';
import { useActionSequence, type ActionTarget } from './useActionSequence';
import { useCopyAsNew } from './useCopyAsNew';

export type { ActionTarget } from './useActionSequence';

/** What a button asks for: a dialog (with a 申请说明), 申报, 复制为新申请 or 变更. */
export type Intent = Explained | 'declare' | 'copy' | 'change';

const isExplained = (intent: Intent): intent is Explained =>
  intent === 'cancel' || intent === 'restore' || intent === 'delete' || intent === 'edit';

/** What the buttons asked for; `n` counts the asks, so the same one twice is done twice. */
export interface ActionAsked {
  intent: Intent;
  n: number;
}

/** What the buttons show while a write runs. */
export interface ActionsBusy {
  declaring: boolean;
  copying: boolean;
  changing: boolean;
}

interface Props {
  record: ActionTarget;
  username: string;
  asked: ActionAsked;
  onBusy: (busy: ActionsBusy) => void;
  onRemoved?: (() => void) | undefined;
}

export function PreReviewActionWork({ record, username, asked, onBusy, onRemoved }: Props) {
  // The dialog's action, and the version the user saw as it opened (see useActionSequence's run).
  // The last one stays, closed, until the next ask (keyed by it), so antd fades it out.
  const [dialog, setDialog] = useState<{
    action: Explained;
    version: number;
    n: number;
    open: boolean;
  } | null>(null);
  const close = () => setDialog((shown) => shown && { ...shown, open: false });
  const asking = dialog?.open ? dialog : null;
  const { act, save, name, unsavedWarning, run, askDeclare, startChange } = useActionSequence(record, {
    username,
    onRemoved,
    onActed: close,
  });
  const copyAsNew = useCopyAsNew(record.id, name);
  // Which of the dialog's two buttons was pressed: the pressed one shows the wait.
  const [alsoDeclare, setAlsoDeclare] = useState(false);

  const declaring = save.isPending;
  const copying = copyAsNew.write.isPending;
  const changing = act.isPending && act.variables?.body.action === 'change';
  useEffect(() => onBusy({ declaring, copying, changing }), [onBusy, declaring, copying, changing]);

  // A dialog's ask (注销, 恢复, 删除, 修改 of a 申请说明) is this component's state, set as the new
  // ask renders; the others open antd's confirmations or write, once the ask is committed.
  const [seen, setSeen] = useState(0);
  if (seen !== asked.n) {
    setSeen(asked.n);
    if (isExplained(asked.intent))
      setDialog({ action: asked.intent, version: record.version, n: asked.n, open: true });
  }
  const onAsked = useEffectEvent((intent: Intent) => {
    if (intent === 'declare') askDeclare();
    else if (intent === 'copy') copyAsNew.ask();
    else if (intent === 'change') startChange();
    else act.reset(); // a new dialog: no failure of an earlier one in it
  });
  // Each ask done once (StrictMode runs a mount's effect twice: the ref remembers).
  const done = useRef(0);
  useEffect(() => {
    if (done.current === asked.n) return;
    done.current = asked.n;
    onAsked(asked.intent);
  }, [asked]);

  const busy = act.isPending || save.isPending;
  const failure = act.error ?? save.error;
  // ST4: deleting a record customs never approved removes it at once: a confirmation, no 申请说明.
  const atOnce =
    dialog?.action === 'delete' && deletesAtOnce(record.state)
      ? { draft: record.applicationStatus === '暂存' }
      : null;
  // While the request is pending, 取消 stops it and the dialog stays, with the 申请说明.
  const cancel = () => (act.isPending ? act.cancel() : close());

  return (
    <>
      {!asking && <PendingWrite write={act.isPending ? act : save} doing={`办理 ${name}`} />}
      <PendingWrite write={copyAsNew.write} doing={`复制 ${name}`} />
      {!asking && failure && <RequestErrorAlert error={failure} title="操作未完成" />}
      {copyAsNew.write.error && <RequestErrorAlert error={copyAsNew.write.error} title="复制未完成" />}
      {dialog && (
        <ActionReasonDialog
          key={dialog.n}
          open={dialog.open}
          action={dialog.action}
          name={name}
          reason={dialog.action === 'edit' ? record.reason : ''}
          atOnce={atOnce}
          warning={unsavedWarning}
          pending={{
            drafting: busy && !alsoDeclare,
            declaring: busy && alsoDeclare,
            slow: act.slow || save.slow,
          }}
          failure={failure && <RequestErrorAlert error={failure} title="操作未完成" />}
          onSubmit={(reason, thenDeclare) => {
            setAlsoDeclare(thenDeclare);
            run(dialog.action, dialog.version, reason, thenDeclare);
          }}
          onCancel={cancel}
        />
      )}
    </>
  );
}
