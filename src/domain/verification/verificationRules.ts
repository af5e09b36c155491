// The verification life cycle (domain.md F4): 待核查 → (处理) 已回复 → 核查完成, or → 退回核查 →
// (处理) 已回复 …; VR1 (who may be processed) and VR2 (every ticked document attached). Pure: the
// response form shows these live, and the mock service enforces them with the same code.
import { daysBetween } from '@/domain/beijingDate';
import type { Verdict } from '@/domain/verdict';
import {
  documentLabels,
  type Attachment,
  type DocumentKey,
  type Subject,
  type VerificationRecord,
  type VerificationState,
} from '@/contract/verification';

export type Written =
  | { kind: 'record'; record: VerificationRecord }
  | { kind: 'refused'; reason: string; fieldErrors?: { path: string; message: string }[] };

const processable: readonly VerificationState[] = ['待核查', '退回核查'];

const stamped = (record: VerificationRecord, now: string, fields: Partial<VerificationRecord>): Written => ({
  kind: 'record',
  record: { ...record, ...fields, version: record.version + 1, updatedAt: now },
});

/** VR1: only 待核查 and 退回核查 records can be processed (处理). */
export function canProcess(state: VerificationState): Verdict {
  return processable.includes(state)
    ? { ok: true }
    : {
        ok: false,
        reason: `状态为“${state}”的核查记录单不能处理，只有待核查或退回核查的可以处理（规则 VR1）。`,
      };
}

/** VR2: the ticked documents that have no attachment yet, in the record's order. */
export function missingDocuments(
  required: readonly DocumentKey[],
  attachments: readonly Pick<Attachment, 'document'>[],
): DocumentKey[] {
  const attached = new Set(attachments.map((a) => a.document));
  return required.filter((key) => !attached.has(key));
}

export function missingMessage(key: DocumentKey): string {
  return `请上传“${documentLabels[key]}”：核查记录单勾选的电子资料必须上传（规则 VR2）`;
}

export function subjectLabel(subject: Subject): string {
  return subject.kind === 'preReview'
    ? `产品预审：${subject.productName}（HS ${subject.hsCode}）`
    : `原产地证书：${subject.certificateNo}`;
}

/** Waiting for the enterprise past its 回复期限 (a Beijing date, the last day on time). */
export function isOverdue(record: Pick<VerificationRecord, 'state' | 'deadline'>, today: string): boolean {
  return processable.includes(record.state) && record.deadline < today;
}

export function daysLeft(record: Pick<VerificationRecord, 'deadline'>, today: string): number {
  return daysBetween(today, record.deadline);
}

/** What a new response starts from: the attachments of the last one (a returned record keeps them). */
export function startingAttachments(record: VerificationRecord): Attachment[] {
  return record.responses.at(-1)?.attachments ?? [];
}

/** 处理: the enterprise's response; refused by VR1 and VR2. */
export function respond(
  record: VerificationRecord,
  input: { reply: string; attachments: Attachment[]; by: string; now: string },
): Written {
  const allowed = canProcess(record.state);
  if (!allowed.ok) return { kind: 'refused', reason: allowed.reason };
  const missing = missingDocuments(record.requiredDocuments, input.attachments);
  if (missing.length > 0)
    return {
      kind: 'refused',
      reason: `还有 ${missing.length} 项必须上传的电子资料没有附件：${missing.map((k) => documentLabels[k]).join('、')}（规则 VR2）。`,
      fieldErrors: missing.map((key) => ({ path: `documents.${key}`, message: missingMessage(key) })),
    };
  return stamped(record, input.now, {
    state: '已回复',
    responses: [
      ...record.responses,
      {
        n: record.responses.length + 1,
        reply: input.reply,
        attachments: input.attachments,
        submittedAt: input.now,
        submittedBy: input.by,
        outcome: null,
      },
    ],
  });
}

/** Customs completes the verification, or returns it (退回核查) with a reason. */
export function decideVerification(
  record: VerificationRecord,
  input: { decision: 'approve' | 'reject'; opinion: string; now: string },
): Written {
  if (record.state !== '已回复')
    return { kind: 'refused', reason: `状态为“${record.state}”的核查记录单没有待审核的回复。` };
  const complete = input.decision === 'approve';
  const outcome = complete
    ? { kind: 'completed' as const, opinion: input.opinion || '核查完成', at: input.now }
    : { kind: 'returned' as const, reason: input.opinion, at: input.now };
  return stamped(record, input.now, {
    state: complete ? '核查完成' : '退回核查',
    responses: record.responses.map((r, i) => (i === record.responses.length - 1 ? { ...r, outcome } : r)),
  });
}

/** customs' reason for the last return, shown while the record is 退回核查. */
export function returnReason(record: VerificationRecord): string | null {
  const outcome = record.responses.at(-1)?.outcome;
  return record.state === '退回核查' && outcome?.kind === 'returned' ? outcome.reason : null;
}
