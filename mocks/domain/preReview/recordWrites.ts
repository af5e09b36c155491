// Every write to a stored pre-review, as one pure step: the life cycle (lifecycle.ts) decides the
// states; this adds what the service keeps around them — the version and time stamps, and the
// history of declared applications (申请记录) with the data before and after each change.
import type { ApplicationKind, PreReviewApplication, PreReviewRecord } from '@/contract/preReview';
import type { Sheet } from '@/contract/sheet';
import type { DecisionInput } from '../decision';
import { applyAction, applyDecision, type EnterpriseAction } from './lifecycle';

export type Written =
  | { kind: 'record'; record: PreReviewRecord }
  /** Gone without a trace: a new record deleted before anything was declared (ST4). */
  | { kind: 'removed' }
  | { kind: 'refused'; reason: string };

/** 变更, 注销, 恢复, 删除, and 修改 of a draft's 申请说明 (data edits and 申报 are saves). */
export type RecordAction = Exclude<EnterpriseAction, { action: 'declare' }>;

export const DEFAULT_APPROVAL_OPINION = '产品预审审核通过';

function stamped(record: PreReviewRecord, now: string, fields: Partial<PreReviewRecord>): PreReviewRecord {
  return { ...record, ...fields, version: record.version + 1, updatedAt: now };
}

/** The application a declared draft becomes. */
function application(record: PreReviewRecord, now: string): PreReviewApplication {
  if (record.state === '正常') throw new Error('a 正常 record has no draft to declare');
  const kind: ApplicationKind = record.state;
  return {
    n: record.applications.length + 1,
    kind,
    status: '申报',
    reason: record.reason,
    before: kind === '变更' ? (record.settled?.data ?? null) : null,
    after: kind === '新增' || kind === '变更' ? record.data : null,
    declaredAt: now,
    decidedAt: null,
    opinion: null,
  };
}

function removed(record: PreReviewRecord, now: string, fields: Partial<PreReviewRecord> = {}): Written {
  // A record with declared applications stays as history (the acceptance query and the customs
  // console still show them); one without any leaves nothing behind.
  if (record.applications.length === 0) return { kind: 'removed' };
  return { kind: 'record', record: stamped(record, now, { ...fields, removedAt: now }) };
}

/** 暂存 or 申报 of a new record (`record` null) or of a draft; refused when the table does not allow it. */
export function saveDraft(
  record: PreReviewRecord | null,
  input: {
    id: string;
    /** 预审编号 of a new record (numbering.ts); a stored record keeps its own. */
    number: string;
    enterpriseId: string;
    data: Sheet;
    declare: boolean;
    now: string;
  },
): Written {
  const start: PreReviewRecord = record ?? {
    id: input.id,
    number: input.number,
    enterpriseId: input.enterpriseId,
    version: 0,
    state: '新增',
    applicationStatus: '暂存',
    data: input.data,
    reason: '',
    settled: null,
    createdAt: input.now,
    updatedAt: input.now,
    declaredAt: null,
    decidedAt: null,
    opinion: null,
    applications: [],
    removedAt: null,
  };
  const edited = record
    ? applyAction(start, { action: 'edit', data: input.data })
    : { kind: 'record' as const, record: start };
  if (edited.kind !== 'record') return edited;
  if (!input.declare) return { kind: 'record', record: stamped(edited.record, input.now, {}) };
  const declared = applyAction(edited.record, { action: 'declare' });
  if (declared.kind !== 'record') return declared;
  return {
    kind: 'record',
    record: stamped(declared.record, input.now, {
      declaredAt: input.now,
      decidedAt: null,
      opinion: null,
      applications: [...declared.record.applications, application(declared.record, input.now)],
    }),
  };
}

/** 变更, 注销, 恢复, 删除 and 修改 of a 申请说明, by the enterprise. */
export function takeAction(record: PreReviewRecord, act: RecordAction, now: string): Written {
  const outcome = applyAction(record, act);
  if (outcome.kind === 'refused') return outcome;
  if (outcome.kind === 'removed') return removed(record, now);
  // Continuing a change draft changes nothing, so nothing is written (and no other tab conflicts).
  if (outcome.record === record) return outcome;
  return {
    kind: 'record',
    record: stamped(outcome.record, now, { declaredAt: null, decidedAt: null, opinion: null }),
  };
}

/** Customs' decision on the declared application; the opinion defaults to a plain approval. */
export function decide(record: PreReviewRecord, input: DecisionInput): Written {
  const outcome = applyDecision(record, input.decision);
  if (outcome.kind === 'refused') return outcome;
  const opinion = input.opinion || (input.decision === 'approve' ? DEFAULT_APPROVAL_OPINION : null);
  const status: PreReviewApplication['status'] = input.decision === 'approve' ? '审核通过' : '审核不通过';
  const applications = record.applications.map((a, i): PreReviewApplication =>
    i === record.applications.length - 1
      ? { ...a, status, decidedAt: input.now, opinion, decidedBy: input.by }
      : a,
  );
  const fields = { decidedAt: input.now, opinion, applications };
  if (outcome.kind === 'removed')
    return removed(record, input.now, { ...fields, state: '删除', applicationStatus: '审核通过' }); // ST4
  return { kind: 'record', record: stamped(outcome.record, input.now, fields) };
}

/** The application a decision just decided (the last one). */
export function lastApplication(record: PreReviewRecord): PreReviewApplication | undefined {
  return record.applications.at(-1);
}
