// A new pre-review (新增) through the life cycle: saved as a draft any number of times, declared
// once every rule holds (checked by the caller with costSheet), decided by customs.
import { applyAction, type Outcome } from './lifecycle';
import type { PreReviewRecord } from './preReviewSchemas';
import type { Sheet } from './sheetSchemas';

/** A new record, or an edit of a draft, optionally declared; refused when the table does not allow it. */
export function savedDraft(
  record: PreReviewRecord | null,
  input: { id: string; enterpriseId: string; data: Sheet; declare: boolean; now: string },
): Outcome<PreReviewRecord> {
  const start: PreReviewRecord = record ?? {
    id: input.id,
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
  };
  const edited = record
    ? applyAction(start, { action: 'edit', data: input.data })
    : { kind: 'record' as const, record: start };
  if (edited.kind !== 'record' || !input.declare) return stamp(edited, input.now, false);
  return stamp(applyAction(edited.record, { action: 'declare' }), input.now, true);
}

function stamp(outcome: Outcome<PreReviewRecord>, now: string, declared: boolean): Outcome<PreReviewRecord> {
  if (outcome.kind !== 'record') return outcome;
  const { record } = outcome;
  return {
    kind: 'record',
    record: {
      ...record,
      version: record.version + 1,
      updatedAt: now,
      declaredAt: declared ? now : record.applicationStatus === '暂存' ? null : record.declaredAt,
      decidedAt: declared ? null : record.decidedAt,
      opinion: declared ? null : record.opinion,
    },
  };
}
