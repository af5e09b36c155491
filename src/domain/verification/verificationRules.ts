// The verification life cycle (domain.md F4): 待核查 → (处理) 已回复 → 核查完成, or → 退回核查 →
// (处理) 已回复 …; VR1 (who may be processed) and VR2 (every ticked document attached). Pure: the
// response form shows these live, and the mock service enforces them with the same code.
import { daysBetween } from '@/values/beijingDate';
import type { Verdict } from '@/domain/verdict';
import {
  documentLabels,
  type Attachment,
  type DocumentKey,
  type Subject,
  type VerificationRecord,
  type VerificationState,
} from '@/contract/verification';

const processable: readonly VerificationState[] = ['待核查', '退回核查'];

/** VR1: only 待核查 and 退回核查 records can be processed (处理). */
export function canProcess(state: VerificationState): Verdict {
  return processable.includes(state)
    ? { ok: true }
    : {
        ok: false,
        reason: `状态为“${state}”的核查记录单不能处理，只有待核查或退回核查的可以处理。`,
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
  return `请上传“${documentLabels[key]}”：核查记录单勾选的电子资料必须上传`;
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

/** customs' reason for the last return, shown while the record is 退回核查. */
export function returnReason(record: VerificationRecord): string | null {
  const outcome = record.responses.at(-1)?.outcome;
  return record.state === '退回核查' && outcome?.kind === 'returned' ? outcome.reason : null;
}
