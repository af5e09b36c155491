// What a pre-review's 状态/申请状态 pair means to the exporter, in words: what happened last and
// what the record is now. A rejected change, cancellation, restore or deletion falls back to the
// last customs-decided record (ST1, ST2, ST3, ST5) — the pair alone shows the old state, so the
// last application says what was refused. The record page, the list and the receipts read this.
import type { ApplicationKind, ApplicationStatus, RecordState } from '@/contract/preReview';

/** The record's last declared application (its history's last entry). */
export interface LastApplication {
  kind: ApplicationKind;
  status: '申报' | '审核通过' | '审核不通过';
}

/** The last entry of a record's history, as the list's rows and the record page both need it. */
export function lastApplicationOf(record: {
  applications: readonly LastApplication[];
}): LastApplication | null {
  const last = record.applications.at(-1);
  return last ? { kind: last.kind, status: last.status } : null;
}

export interface StateExplanation {
  tone: 'info' | 'success' | 'warning' | 'error';
  /** One line: what happened and what the record is now. */
  title: string;
  /** What it means and what can be done next. */
  detail: string;
}

// 正常 is never applied for (it has no draft or declared pair); named for completeness.
const applicationNames: Record<RecordState, string> = {
  新增: '新增申请',
  正常: '申请',
  变更: '变更申请',
  注销: '注销申请',
  恢复: '恢复申请',
  删除: '删除申请',
};

/** After a refused change, cancellation, restore or deletion: what the record fell back to. */
const fallBack: Record<Exclude<ApplicationKind, '新增'>, (now: string) => StateExplanation> = {
  // ST1
  变更: (now) => ({
    tone: 'warning',
    title: '变更申请未通过审核，产品预审已恢复为变更前的内容',
    detail: `页面显示的是变更前经海关审核的数据（${now}）；如仍需变更，请按审核意见重新申请变更。`,
  }),
  // ST2
  注销: (now) => ({
    tone: 'warning',
    title: '注销申请未通过审核，产品预审未注销',
    detail: `产品预审仍然有效，已恢复为注销申请前的状态（${now}）。`,
  }),
  // ST3
  恢复: () => ({
    tone: 'warning',
    title: '恢复申请未通过审核，产品预审仍为已注销',
    detail: '如仍需使用，请按审核意见重新申请恢复。',
  }),
  // ST5
  删除: (now) => ({
    tone: 'warning',
    title: '删除申请未通过审核，产品预审未删除',
    detail: `产品预审仍然保留，已恢复为删除申请前的状态（${now}）。`,
  }),
};

export function explainState(
  state: RecordState,
  applicationStatus: ApplicationStatus,
  last: LastApplication | null,
): StateExplanation {
  const now = `${state}/${applicationStatus}`;
  if (applicationStatus === '暂存') {
    if (state === '新增')
      return { tone: 'info', title: '草稿，尚未申报', detail: '暂存只保存在平台上；申报后由海关审核。' };
    return {
      tone: 'info',
      title: `有一份暂存的${applicationNames[state]}，尚未申报`,
      detail: '申报后由海关审核；审核通过前，产品预审按原来经海关审核的内容有效。',
    };
  }
  if (applicationStatus === '申报')
    return {
      tone: 'info',
      title: `${applicationNames[state]}已申报，海关审核中`,
      detail:
        state === '新增'
          ? '审核完成前不能修改；审核结果会显示在这里和受理情况查询中。'
          : '审核完成前不能办理其他操作；审核通过前，产品预审按原来经海关审核的内容有效。',
    };
  if (last?.status === '审核不通过' && last.kind !== '新增') return fallBack[last.kind](now);
  switch (now) {
    case '新增/审核不通过':
      return {
        tone: 'error',
        title: '新增申请未通过审核',
        detail:
          '这份申请不能再修改：可用“复制为新申请”生成一份新的产品预审，按审核意见改正后重新申报；不再需要时可删除。',
      };
    case '注销/审核通过':
      return {
        tone: 'info',
        title: '已注销',
        detail: '注销后不能用于原产地证书申请；如需再次使用，可申请恢复。',
      };
    case '变更/审核通过':
      return { tone: 'success', title: '变更申请审核通过', detail: '产品预审按变更后的内容有效。' };
    default:
      return {
        tone: 'success',
        title: last?.kind === '恢复' ? '恢复申请审核通过，产品预审重新有效' : '审核通过，产品预审有效',
        detail: '如产品或原料有变化，可申请变更；不再生产的产品可申请注销。',
      };
  }
}
