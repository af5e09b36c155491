// What may happen to the enterprise's filing now (F1, FR1–FR3): the filing application until
// customs approves it, then change applications (备案变更). The form asks these to decide which
// buttons to offer; the mock service asks them again before it writes.
import type { EnterpriseStanding } from '@/domain/capabilities';
import {
  filingDraftSchema,
  type FilingApplication,
  type FilingDraft,
  type FilingRecord,
} from '@/contract/filing';

import type { Verdict } from '@/domain/verdict';

const OK: Verdict = { ok: true };

export type ApplicationKind = FilingApplication['kind'];

/** Which application the enterprise works on now: the filing until approved, then a change. */
export function editableKind(record: FilingRecord | null): ApplicationKind {
  return record?.approved ? 'change' : 'filing';
}

/** 暂存 or 申报 of a filing (before approval) or of a change (after it, FR2). */
export function canEdit(record: FilingRecord | null, kind: ApplicationKind): Verdict {
  if (kind === 'filing' && record?.approved) {
    return { ok: false, reason: '企业备案已审核通过，如需修改备案信息，请办理备案变更申请。' };
  }
  if (kind === 'change' && !record?.approved) {
    return { ok: false, reason: '企业备案审核通过后，才能办理备案变更申请。' };
  }
  if (record?.current?.status === '申报') {
    const what = record.current.kind === 'filing' ? '备案申请' : '备案变更申请';
    return { ok: false, reason: `${what}已申报，海关审核期间不能修改；如需修改，请先撤回。` };
  }
  // Nothing yet, a draft (暂存), or (FR1) a withdrawn or rejected application: edit and declare.
  return OK;
}

/** 撤回: only a declared application customs has not decided yet. */
export function canWithdraw(record: FilingRecord | null): Verdict {
  if (record?.current?.status === '申报') return OK;
  return { ok: false, reason: '只有已申报、尚未审核的申请可以撤回。' };
}

/** The data the form shows for `kind`: the draft in progress, or where a new one starts. */
export function dataToEdit(record: FilingRecord | null, kind: ApplicationKind): FilingDraft | null {
  const current = record?.current;
  if (current && current.kind === kind && current.status !== '审核通过') return current.data;
  return kind === 'change' ? (record?.approved ?? null) : null;
}

/**
 * The record after the user saves (暂存) or declares (申报) `data` as `kind`. A draft of the same
 * kind is updated in place; anything else (a decided or withdrawn application) goes into the
 * history and a new application begins.
 */
export function withApplication(
  record: FilingRecord | null,
  input: {
    kind: ApplicationKind;
    recordId: string;
    enterpriseId: string;
    data: FilingDraft;
    status: '暂存' | '申报';
    now: string;
    newId: () => string;
  },
): FilingRecord {
  const { data, status, now } = input;
  const continuing =
    record?.current?.status === '暂存' && record.current.kind === input.kind ? record.current : null;
  const application: FilingApplication = {
    id: continuing?.id ?? input.newId(),
    kind: input.kind,
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

/** The record after 撤回: the application becomes 已撤回, editable and declarable again (FR1). */
export function withdrawn(record: FilingRecord, now: string): FilingRecord {
  if (!record.current) return record;
  return {
    ...record,
    version: record.version + 1,
    updatedAt: now,
    current: { ...record.current, status: '已撤回', decidedAt: now },
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
  const receipt =
    application.kind === 'filing'
      ? `备案审核通过，备案号是${filingNo}`
      : `备案变更审核通过，备案号是${filingNo}`;
  return {
    ...record,
    version: record.version + 1,
    updatedAt: input.now,
    filingNo,
    approvedAt: approve ? input.now : record.approvedAt,
    approved: approve ? filingDraftSchema.parse(application.data) : record.approved,
    current: {
      ...application,
      status: approve ? '审核通过' : '审核不通过',
      decidedAt: input.now,
      opinion: input.opinion || (approve ? receipt : null),
    },
  };
}

/** What the gate (src/domain/capabilities) needs to know about the enterprise's filing. */
export function filingStanding(record: FilingRecord | null): EnterpriseStanding {
  return {
    filingApproved: Boolean(record?.approved),
    changeDeclared: record?.current?.kind === 'change' && record.current.status === '申报',
    enterpriseType: record?.approved?.enterpriseType ?? null,
  };
}
