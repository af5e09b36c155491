// What the dialogs of a pre-review's actions say: what each action does, and that it makes a
// draft (暂存) customs sees only once declared.
import type { Action } from '@/domain/preReview/stateTable';

/** Actions asking for a 申请说明: the three drafts that carry one, and 修改 of it. */
export type Explained = Extract<Action, 'cancel' | 'restore' | 'delete' | 'edit'>;

export const explanations: Record<Explained, string> = {
  cancel: '注销后该产品预审不能再用于原产地证书申请。',
  restore: '恢复已注销的产品预审，海关审核通过后恢复为正常。',
  delete: '海关审核通过后删除，删除后不可恢复。',
  edit: '修改暂存申请的申请说明，修改后仍需申报。',
};

/** What a declared draft that edits no data does once customs approves it. */
export const draftEffects = new Map<string, string>([
  ['注销', explanations.cancel],
  ['恢复', explanations.restore],
  ['删除', explanations.delete],
]);

/** Two steps, said in the dialog: the action makes a draft (暂存); customs sees it once declared. */
export const twoSteps = (label: string) =>
  `确定后生成一份${label}申请（暂存），还需申报，海关审核通过后才生效。也可以选择“${label}并申报”一步完成。`;
