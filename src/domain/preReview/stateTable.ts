// Which actions a pre-review allows, by its 状态/申请状态 pair (domain.md F3, the seed's lists
// verbatim). The buttons and the customs service both ask this table.
import type { Verdict } from '@/domain/verdict';
import type { ApplicationStatus, RecordState } from '@/contract/preReview';

export const actions = ['edit', 'declare', 'change', 'cancel', 'restore', 'delete'] as const;
export type Action = (typeof actions)[number];

export const actionLabels: Record<Action, string> = {
  edit: '修改',
  declare: '申报',
  change: '变更',
  cancel: '注销',
  restore: '恢复',
  delete: '删除',
};

export type Pair = `${RecordState}/${ApplicationStatus}`;

/** The pairs a record can be in (domain.md, "Decided here"); "removed" is not a pair. */
export const reachablePairs: readonly Pair[] = [
  '新增/暂存',
  '新增/申报',
  '新增/审核不通过',
  '正常/审核通过',
  '变更/暂存',
  '变更/申报',
  '变更/审核通过',
  '注销/暂存',
  '注销/申报',
  '注销/审核通过',
  '注销/审核不通过',
  '删除/暂存',
  '删除/申报',
  '恢复/暂存',
  '恢复/申报',
];

const drafts = reachablePairs.filter((pair) => pair.endsWith('/暂存'));

const allowedPairs: Record<Action, readonly Pair[]> = {
  // 修改 and 申报: any draft (对暂存状态的产品预审信息进行修改).
  edit: drafts,
  declare: drafts,
  change: ['正常/审核通过', '变更/审核通过', '变更/暂存', '注销/暂存', '删除/暂存'],
  cancel: ['正常/审核通过', '变更/审核通过', '变更/暂存', '删除/暂存'],
  // Decided here: a cancelled record, including one whose restore was rejected.
  restore: ['注销/审核通过', '注销/审核不通过'],
  // The seed leaves out 注销/审核通过: a cancelled record is restored before it can be deleted.
  delete: [
    '新增/暂存',
    '新增/审核不通过',
    '正常/审核通过',
    '变更/暂存',
    '变更/审核通过',
    '注销/暂存',
    '注销/审核不通过',
    '恢复/暂存',
  ],
};

export function pairOf(state: RecordState, status: ApplicationStatus): Pair {
  return `${state}/${status}`;
}

/**
 * ST4: deleting a record customs never approved (新增/暂存, 新增/审核不通过) removes it at once;
 * it needs no 申请说明, since no application goes to customs. Any other deletion is a draft.
 */
export const deletesAtOnce = (state: RecordState): boolean => state === '新增';

export function allowedActions(pair: Pair): Action[] {
  return actions.filter((action) => allowedPairs[action].includes(pair));
}

export function checkAction(action: Action, pair: Pair): Verdict {
  if (allowedPairs[action].includes(pair)) return { ok: true };
  const [state, status] = pair.split('/');
  const why =
    status === '申报'
      ? '已申报的产品预审在海关审核前不能进行任何操作'
      : `状态为“${state}”、申请状态为“${status}”的产品预审不能${actionLabels[action]}`;
  return { ok: false, reason: `${why}。` };
}

/**
 * 复制为新申请: a new application refused by customs cannot be edited or declared again (it can
 * only be deleted), so its sheet is offered as the start of a new pre-review. Not an action of the
 * table above: the rejected record stays as it is, and the copy is an ordinary new draft.
 */
export const copiesToNew = (pair: Pair): boolean => pair === '新增/审核不通过';
