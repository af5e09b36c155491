// What may happen to the enterprise's own filing application now (F1, FR1). The form asks these
// to decide which buttons to offer; the mock service asks them again before it writes.
import {
  filingDataSchema,
  type FilingApplication,
  type FilingDraft,
  type FilingRecord,
} from './filingSchemas';

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

/** Customs decides only a declared (申报) application. */
export function canDecideFiling(record: FilingRecord | null): Verdict {
  if (record?.current?.status === '申报') return OK;
  return { ok: false, reason: '该申请不在待审核状态（可能已被撤回或已审核），不能审核。' };
}

/** 备案号: the filing customs office, A, the year of approval and the last six digits of 海关编码. */
export function filingNumberFor(data: FilingDraft, approvedAt: string): string {
  return `${data.customsOfficeCode}A${approvedAt.slice(2, 4)}${data.customsCode.slice(-6)}`;
}

/**
 * The record after customs decides its declared application. Approval makes the application's
 * data the approved filing (a first filing also gets its 备案号); rejection leaves the approved
 * filing as it was.
 */
export function decideFiling(
  record: FilingRecord,
  input: { decision: 'approve' | 'reject'; opinion: string; now: string },
): FilingRecord {
  const application = record.current;
  if (!application) return record;
  const approve = input.decision === 'approve';
  const filingNo = approve
    ? (record.filingNo ?? filingNumberFor(application.data, input.now))
    : record.filingNo;
  const defaultOpinion =
    application.kind === 'filing'
      ? `备案审核通过，备案号是${filingNo}`
      : `备案变更审核通过，备案号是${filingNo}`;
  return {
    ...record,
    version: record.version + 1,
    updatedAt: input.now,
    filingNo,
    approvedAt: approve ? input.now : record.approvedAt,
    approved: approve ? filingDataSchema.parse(application.data) : record.approved,
    current: {
      ...application,
      status: approve ? '审核通过' : '审核不通过',
      decidedAt: input.now,
      opinion: input.opinion || (approve ? defaultOpinion : null),
    },
  };
}
