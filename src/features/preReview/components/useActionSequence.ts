// The writes of a pre-review's actions, in the order each takes: an action (变更, 注销, 恢复,
// 删除, 修改 of a 申请说明), then on 申报 its draft's declaration; a declaration of a draft as it is
// (its data read fresh); 变更 after saying what it drops; and what each says when it is done.
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useConfirmDeclare } from '@/components/form/useConfirmDeclare';
import type { PreReviewRow } from '@/contract/preReview';
import type { Sheet } from '@/contract/sheet';
import { actionLabels, type Action } from '@/domain/preReview/stateTable';
import { describeError } from '@/lib/api/apiError';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { discardWorkInProgress, workInProgressSavedAt } from '@/lib/workInProgress';
import { freshSheet, usePreReviewAction, useUpdatePreReview } from '../api/preReviews';
import { preReviewWorkInProgressKey } from '../model/workInProgressKey';
import { draftEffects, type Explained } from '../model/actionWords';
import { receipt } from './receipt';

/** What the actions need of a pre-review. */
export type ActionTarget = Pick<
  PreReviewRow,
  'id' | 'number' | 'version' | 'state' | 'applicationStatus' | 'nameCn' | 'reason'
>;

interface Options {
  username: string;
  /** The record is gone (a deletion at once): e.g. leave its page. */
  onRemoved?: (() => void) | undefined;
  /** An action's draft is made (or the action done): the dialog closes. */
  onActed: () => void;
}

export function useActionSequence(record: ActionTarget, { username, onRemoved, onActed }: Options) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const act = usePreReviewAction();
  const save = useUpdatePreReview();
  const confirmDeclare = useConfirmDeclare();
  const name = record.nameCn || '未命名产品';
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

  /**
   * The action at the `version` the user saw (if another tab changed the record meanwhile, the
   * service answers with a conflict instead of acting on a record the user has not seen);
   * `thenDeclare`: 注销/恢复/删除 and 申报 in one go (the draft, then its declaration).
   */
  const run = (action: 'change' | Explained, version = record.version, reason = '', thenDeclare = false) => {
    const request = action === 'change' ? { version, action } : { version, action, reason };
    act.submit(
      { params: { id: record.id }, body: request },
      {
        onSuccess: ({ preReview }) => {
          if (!continuesDraft(action)) discardWorkInProgress(wipKey);
          onActed();
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

  /** 申报 of the draft as it is, once confirmed. */
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

  /** 变更: a change draft, opened in the editor; unsaved changes it would drop are said first. */
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

  return { act, save, name, unsavedWarning, run, askDeclare, startChange };
}
