// What may happen to the enterprise's filing now (F1, FR1–FR3): the filing application until
// customs approves it, then change applications (备案变更). The form asks these to decide which
// buttons to offer; the mock service asks them again before it writes.
import { type FilingApplication, type FilingDraft, type FilingRecord } from '@/contract/filing';
import { OK, type Verdict } from '@/domain/verdict';

export type ApplicationKind = FilingApplication['kind'];

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
