// The life cycle of a pre-review (domain.md F3): the enterprise's actions (修改, 申报, 变更, 注销,
// 恢复, 删除) as the action table allows them, and customs' decisions with outcomes ST1–ST5.
// Pure: the mock service applies these to stored records; the UI offers what they allow.
import type { Verdict } from '@/domain/verdict';
import type { ApplicationStatus, RecordState } from '@/contract/preReview';
import type { Sheet } from '@/contract/sheet';
import { checkAction, deletesAtOnce, pairOf, type Action, type Pair } from '@/domain/preReview/stateTable';

/** The last customs-decided data and states: what "as it was before" means (domain.md). */
export interface Settled {
  state: RecordState;
  applicationStatus: ApplicationStatus;
  data: Sheet;
}

export interface Lifecycle {
  state: RecordState;
  applicationStatus: ApplicationStatus;
  data: Sheet;
  /** 申请说明 of a cancellation, deletion or restore draft. */
  reason: string;
  settled: Settled | null;
}

export type EnterpriseAction =
  | { action: 'edit'; data?: Sheet; reason?: string }
  | { action: 'declare' }
  | { action: 'change' }
  | { action: 'cancel'; reason: string }
  | { action: 'restore'; reason: string }
  | { action: 'delete'; reason: string };

export type Outcome<T extends Lifecycle> =
  { kind: 'record'; record: T } | { kind: 'removed' } | { kind: 'refused'; reason: string };

const draftOf = <T extends Lifecycle>(record: T, state: RecordState, data: Sheet, reason: string): T => ({
  ...record,
  state,
  applicationStatus: '暂存',
  data,
  reason,
});

/** What a draft replacing another starts from: the settled data (any replaced draft is gone). */
const settledData = (record: Lifecycle): Sheet => record.settled?.data ?? record.data;

export function applyAction<T extends Lifecycle>(record: T, act: EnterpriseAction): Outcome<T> {
  const pair = pairOf(record.state, record.applicationStatus);
  const verdict: Verdict = checkAction(act.action as Action, pair);
  if (!verdict.ok) return { kind: 'refused', reason: verdict.reason };
  switch (act.action) {
    case 'edit': {
      // A new or change draft edits product data; a cancel, delete or restore draft its 申请说明.
      const editsData = record.state === '新增' || record.state === '变更';
      return {
        kind: 'record',
        record: {
          ...record,
          data: editsData && act.data ? act.data : record.data,
          reason: !editsData && act.reason !== undefined ? act.reason : record.reason,
        },
      };
    }
    case 'declare':
      return { kind: 'record', record: { ...record, applicationStatus: '申报' } };
    case 'change':
      // Continuing a change draft keeps its data; starting one (or replacing another draft)
      // begins from the settled data.
      return pair === '变更/暂存'
        ? { kind: 'record', record }
        : { kind: 'record', record: draftOf(record, '变更', settledData(record), '') };
    case 'cancel':
      return { kind: 'record', record: draftOf(record, '注销', settledData(record), act.reason) };
    case 'restore':
      return { kind: 'record', record: draftOf(record, '恢复', settledData(record), act.reason) };
    case 'delete':
      // ST4: a new record not yet approved is removed at once; anything else needs customs.
      if (deletesAtOnce(record.state)) return { kind: 'removed' };
      return { kind: 'record', record: draftOf(record, '删除', settledData(record), act.reason) };
  }
}

const settle = <T extends Lifecycle>(
  record: T,
  state: RecordState,
  applicationStatus: ApplicationStatus,
): T => ({
  ...record,
  state,
  applicationStatus,
  reason: '',
  settled: { state, applicationStatus, data: record.data },
});

/** The record as it was before the application: the settled snapshot (ST1, ST2, ST5). */
const rolledBack = <T extends Lifecycle>(record: T): T =>
  record.settled
    ? {
        ...record,
        state: record.settled.state,
        applicationStatus: record.settled.applicationStatus,
        data: record.settled.data,
        reason: '',
      }
    : record;

export function canDecide(record: Lifecycle): Verdict {
  return record.applicationStatus === '申报'
    ? { ok: true }
    : { ok: false, reason: '该产品预审不在待审核状态，不能审核。' };
}

export function applyDecision<T extends Lifecycle>(record: T, decision: 'approve' | 'reject'): Outcome<T> {
  const verdict = canDecide(record);
  if (!verdict.ok) return { kind: 'refused', reason: verdict.reason };
  const approve = decision === 'approve';
  switch (record.state) {
    case '新增':
      return {
        kind: 'record',
        record: approve ? settle(record, '正常', '审核通过') : { ...record, applicationStatus: '审核不通过' },
      };
    case '变更':
      return { kind: 'record', record: approve ? settle(record, '变更', '审核通过') : rolledBack(record) }; // ST1
    case '注销':
      return { kind: 'record', record: approve ? settle(record, '注销', '审核通过') : rolledBack(record) }; // ST2
    case '恢复':
      // Decided here: an approved restore is 正常/审核通过; a rejected one shows 注销 (ST3).
      return {
        kind: 'record',
        record: approve
          ? settle(record, '正常', '审核通过')
          : settle(rolledBack(record), '注销', '审核不通过'),
      };
    case '删除':
      return approve ? { kind: 'removed' } : { kind: 'record', record: rolledBack(record) }; // ST4, ST5
    default:
      return { kind: 'refused', reason: '该产品预审不在待审核状态，不能审核。' };
  }
}

/** The pair a lifecycle stands in. */
export function pairOfRecord(record: Lifecycle): Pair {
  return pairOf(record.state, record.applicationStatus);
}
