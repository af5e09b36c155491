// What a pre-review's action does once asked (PreReviewActions' buttons): the dialog with its
// 申请说明, the confirmation of 申报, the writes and what they say. Mounted on the first click of
// a record's actions, not with every row of 查询: its writes and dialog were most of a row's
// render (a sort of the list at 4× CPU: ≈ 90 of 300 ms).
import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { PendingWrite, SlowAnswerNotice } from '@/components/form/SubmitBar';
import { useConfirmDeclare } from '@/components/form/useConfirmDeclare';
import { formatDateTime } from '@/lib/format';
import { discardWorkInProgress, workInProgressSavedAt } from '@/lib/workInProgress';
import type { PreReviewRow } from '@/contract/preReview';
import type { Sheet } from '@/contract/sheet';
import { describeError } from '@/lib/api/apiError';
import { actionLabels, deletesAtOnce, type Action } from '@/domain/preReview/stateTable';
import { paths } from '@/lib/paths';
import { freshSheet, usePreReviewAction, useUpdatePreReview } from '../api/preReviews';
import { preReviewWorkInProgressKey } from '../model/workInProgressKey';
import { receipt } from './receipt';
import { useCopyAsNew } from './useCopyAsNew';

/** Actions asking for a 申请说明: the three drafts that carry one, and 修改 of it. */
export type Explained = Extract<Action, 'cancel' | 'restore' | 'delete' | 'edit'>;

const explanations: Record<Explained, string> = {
  cancel: '注销后该产品预审不能再用于原产地证书申请。',
  restore: '恢复已注销的产品预审，海关审核通过后恢复为正常。',
  delete: '海关审核通过后删除，删除后不可恢复。',
  edit: '修改暂存申请的申请说明，修改后仍需申报。',
};

/** What a declared draft that edits no data does once customs approves it. */
const draftEffects = new Map<string, string>([
  ['注销', explanations.cancel],
  ['恢复', explanations.restore],
  ['删除', explanations.delete],
]);

/** Two steps, said in the dialog: the action makes a draft (暂存); customs sees it once declared. */
const twoSteps = (label: string) =>
  `确定后生成一份${label}申请（暂存），还需申报，海关审核通过后才生效。也可以选择“${label}并申报”一步完成。`;

/** What the actions need of a pre-review. */
export type ActionTarget = Pick<
  PreReviewRow,
  'id' | 'number' | 'version' | 'state' | 'applicationStatus' | 'nameCn' | 'reason'
>;

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
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const act = usePreReviewAction();
  const save = useUpdatePreReview();
  // The version the user saw when asking: if another tab changes the record while the dialog is
  // open, the service answers with a conflict instead of acting on a record the user has not seen.
  const [asking, setAsking] = useState<{ action: Explained; version: number } | null>(null);
  const [reason, setReason] = useState('');
  const [alsoDeclare, setAlsoDeclare] = useState(false);
  const name = record.nameCn || '未命名产品';
  const copyAsNew = useCopyAsNew(record.id, name);
  // Unsaved changes in this record's editor: an action here goes by what the service has, so it
  // says so first, and afterwards those changes no longer belong to any draft.
  const wipKey = preReviewWorkInProgressKey(username, record.id);
  const unsavedAt = workInProgressSavedAt(wipKey);
  const unsavedWarning = unsavedAt
    ? `编辑页中还有您在 ${formatDateTime(unsavedAt)} 未暂存的修改。此操作按已暂存的内容办理，这些修改将被放弃。`
    : null;
  /** Continuing a change draft (变更 on 变更/暂存) opens the same draft: its unsaved changes stay. */
  const continuesDraft = (action: Action) =>
    action === 'change' && record.state === '变更' && record.applicationStatus === '暂存';

  /** `thenDeclare`: 注销/恢复/删除 and 申报 in one go (the draft, then its declaration). */
  const run = (action: 'change' | Explained, version = record.version, thenDeclare = false) => {
    const request = action === 'change' ? { version, action } : { version, action, reason };
    act.submit(
      { params: { id: record.id }, body: request },
      {
        onSuccess: ({ preReview }) => {
          if (!continuesDraft(action)) discardWorkInProgress(wipKey);
          setAsking(null);
          setReason('');
          if (action === 'change') void navigate(paths.editPreReview(record.id));
          else if (action === 'edit') void message.success('申请说明已保存（暂存），请申报。');
          else if (preReview && thenDeclare)
            declareDraft(
              preReview.version,
              preReview.data,
              `已申报${actionLabels[action]}申请，请等待海关审核。`,
            );
          else if (preReview)
            void message.success(
              receipt(`已生成${actionLabels[action]}申请（暂存），请申报。`, record.number),
            );
          else {
            void message.success(receipt(`已删除 ${name}。`, record.number));
            onRemoved?.();
          }
        },
      },
    );
  };
  const declareDraft = (version: number, data: Sheet, said = '已申报，请等待海关审核。') =>
    save.submit(
      { params: { id: record.id }, body: { version, declare: true, data } },
      {
        onSuccess: () => {
          discardWorkInProgress(wipKey);
          void message.success(receipt(said, record.number));
        },
      },
    );
  const declare = async () => {
    // A draft that does not edit data (注销, 恢复, 删除) is declared with the data it holds, read
    // fresh: the list's row does not carry it. The version is the one the user saw.
    let data: Sheet;
    try {
      data = await freshSheet(queryClient, record.id);
    } catch (error) {
      void message.error(describeError(error));
      return;
    }
    declareDraft(record.version, data);
  };
  const confirmDeclare = useConfirmDeclare();
  const askDeclare = () =>
    confirmDeclare(
      {
        what: `${record.state}申请`,
        items: [
          { label: '产品', value: name },
          { label: '申请类型', value: `${record.state}申请` },
          { label: '申请说明', value: record.reason || '—' },
        ],
        after: `申报后由企业的备案海关审核。${draftEffects.get(record.state) ?? ''}`,
        ...(unsavedWarning ? { warning: unsavedWarning, okText: '放弃修改并申报' } : {}),
      },
      () => void declare(),
    );
  const startChange = () => {
    if (!unsavedWarning || continuesDraft('change')) return run('change');
    modal.confirm({
      title: `变更 ${name}：编辑页中有未暂存的修改`,
      content: unsavedWarning,
      okText: '放弃修改并变更',
      cancelText: '取消',
      onOk: () => run('change'),
    });
  };

  // ST4: deleting a record customs never approved removes it at once: a confirmation, no 申请说明.
  const atOnce = asking?.action === 'delete' && deletesAtOnce(record.state);
  const ready = atOnce || reason.trim() !== '';
  const busy = act.isPending || save.isPending;
  const footer = asking && (
    <Space wrap style={{ justifyContent: 'flex-end' }}>
      <Button onClick={() => (act.isPending ? act.cancel() : setAsking(null))}>取消</Button>
      {asking.action === 'edit' || atOnce ? (
        <Button
          type="primary"
          danger={atOnce}
          disabled={!ready}
          loading={act.isPending}
          onClick={() => run(asking.action, asking.version)}
        >
          {atOnce ? '确定删除' : '保存'}
        </Button>
      ) : (
        <>
          {/* The pressed button shows the wait; the other waits with it. */}
          <Button
            disabled={!ready || (busy && alsoDeclare)}
            loading={busy && !alsoDeclare}
            onClick={() => {
              setAlsoDeclare(false);
              run(asking.action, asking.version);
            }}
          >
            暂存{actionLabels[asking.action]}申请
          </Button>
          <Button
            type="primary"
            disabled={!ready || (busy && !alsoDeclare)}
            loading={busy && alsoDeclare}
            onClick={() => {
              setAlsoDeclare(true);
              run(asking.action, asking.version, true);
            }}
          >
            {actionLabels[asking.action]}并申报
          </Button>
        </>
      )}
    </Space>
  );

  const declaring = save.isPending;
  const copying = copyAsNew.write.isPending;
  const changing = act.isPending && act.variables?.body.action === 'change';
  useEffect(() => onBusy({ declaring, copying, changing }), [onBusy, declaring, copying, changing]);

  // A dialog's ask (注销, 恢复, 删除, 修改 of a 申请说明) is this component's state, set as the new
  // ask renders; the others open antd's confirmations or write, once the ask is committed.
  const [seen, setSeen] = useState(0);
  if (seen !== asked.n) {
    setSeen(asked.n);
    if (isExplained(asked.intent)) {
      setReason(asked.intent === 'edit' ? record.reason : '');
      setAsking({ action: asked.intent, version: record.version });
    }
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

  return (
    <>
      {!asking && <PendingWrite write={act.isPending ? act : save} doing={`办理 ${name}`} />}
      <PendingWrite write={copyAsNew.write} doing={`复制 ${name}`} />
      {!asking && (act.error || save.error) && (
        <RequestErrorAlert error={act.error ?? save.error} title="操作未完成" />
      )}
      {copyAsNew.write.error && <RequestErrorAlert error={copyAsNew.write.error} title="复制未完成" />}
      <Modal
        open={asking !== null}
        title={
          asking?.action === 'edit'
            ? `修改申请说明：${name}`
            : asking
              ? `${actionLabels[asking.action]}：${name}`
              : ''
        }
        // While the request is pending, 取消 stops it and the dialog stays, with the 申请说明.
        onCancel={() => (act.isPending ? act.cancel() : setAsking(null))}
        footer={footer}
        destroyOnHidden
      >
        {asking && atOnce && (
          <Typography.Paragraph>
            {record.applicationStatus === '暂存' ? '这份新增草稿' : '这份未通过审核的新增申请'}
            从未经海关审核，将立即删除，不需要申报。删除后不可恢复。
          </Typography.Paragraph>
        )}
        {asking && !atOnce && <Typography.Paragraph>{explanations[asking.action]}</Typography.Paragraph>}
        {asking && !atOnce && asking.action !== 'edit' && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={twoSteps(actionLabels[asking.action])}
          />
        )}
        {asking && asking.action !== 'edit' && unsavedWarning && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={unsavedWarning} />
        )}
        {(act.slow || save.slow) && <SlowAnswerNotice style={{ marginBottom: 12 }} />}
        {/* A failure is said here, where the user is looking; the 申请说明 stays as typed. */}
        {(act.error ?? save.error) && (
          <div style={{ marginBottom: 12 }}>
            <RequestErrorAlert error={act.error ?? save.error} title="操作未完成" />
          </div>
        )}
        {!atOnce && (
          <>
            <label htmlFor="action-reason" style={{ display: 'block', marginBottom: 4 }}>
              申请说明
            </label>
            <Input.TextArea
              id="action-reason"
              rows={3}
              count={{ show: true, max: 500 }}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </>
        )}
      </Modal>
    </>
  );
}
