// What the service writes to a filing record: a saved or declared application, a withdrawal,
// customs' decision with its 备案号, and the standing the FR2–FR4 gate reads from it.
import type { EnterpriseStanding } from '@/domain/capabilities';
import {
  filingDraftSchema,
  type FilingApplication,
  type FilingDraft,
  type FilingRecord,
} from '@/contract/filing';
import { OK, type Verdict } from '@/domain/verdict';
import { type ApplicationKind } from '@/domain/filing/filingRules';
import type { DecisionInput } from '../decision';

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
export function decideFiling(record: FilingRecord, input: DecisionInput): FilingRecord {
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
      decidedBy: input.by,
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
