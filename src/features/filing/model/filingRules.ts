// What may happen to the enterprise's own filing application now (F1, FR1). The form asks these
// to decide which buttons to offer; the mock service asks them again before it writes.
import type { FilingApplication, FilingDraft, FilingRecord } from './filingSchemas';

export type Verdict = { ok: true } | { ok: false; reason: string };

const OK: Verdict = { ok: true };

/** 暂存 or 申报 of the filing itself (not a change): allowed until customs approved it. */
export function canEditFiling(record: FilingRecord | null): Verdict {
  if (!record || !record.current) return OK;
  if (record.approved) {
    return { ok: false, reason: '企业备案已审核通过，如需修改备案信息，请办理备案变更申请。' };
  }
  if (record.current.status === '申报') {
    return { ok: false, reason: '备案申请已申报，海关审核期间不能修改；如需修改，请先撤回。' };
  }
  // 暂存, and (FR1) 已撤回 or 审核不通过: may be modified and declared again.
  return OK;
}

/**
 * The record after the user saves (暂存) or declares (申报) `data`. A withdrawn or rejected
 * application is kept in the history and a new one begins; a draft is updated in place.
 */
export function withFilingApplication(
  record: FilingRecord | null,
  input: {
    recordId: string;
    enterpriseId: string;
    data: FilingDraft;
    status: '暂存' | '申报';
    now: string;
    newId: () => string;
  },
): FilingRecord {
  const { data, status, now } = input;
  const continuing = record?.current?.status === '暂存' ? record.current : null;
  const application: FilingApplication = {
    id: continuing?.id ?? input.newId(),
    kind: 'filing',
    status,
    data,
    savedAt: now,
    declaredAt: status === '申报' ? now : null,
    decidedAt: null,
    opinion: null,
  };
  const finished = record?.current && !continuing ? [record.current] : [];
  return {
    id: record?.id ?? input.recordId,
    enterpriseId: input.enterpriseId,
    version: (record?.version ?? 0) + 1,
    updatedAt: now,
    filingNo: record?.filingNo ?? null,
    approvedAt: record?.approvedAt ?? null,
    approved: record?.approved ?? null,
    current: application,
    history: [...finished, ...(record?.history ?? [])],
  };
}
