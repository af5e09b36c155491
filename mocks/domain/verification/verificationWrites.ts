// What the service writes to a verification record: the enterprise's response, and customs'
// completion or return.
import { documentLabels, type Attachment, type VerificationRecord } from '@/contract/verification';
import { canProcess, missingDocuments, missingMessage } from '@/domain/verification/verificationRules';
import type { DecisionInput } from '../decision';

export type Written =
  | { kind: 'record'; record: VerificationRecord }
  | { kind: 'refused'; reason: string; fieldErrors?: { path: string; message: string }[] };

const stamped = (record: VerificationRecord, now: string, fields: Partial<VerificationRecord>): Written => ({
  kind: 'record',
  record: { ...record, ...fields, version: record.version + 1, updatedAt: now },
});

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
      reason: `还有 ${missing.length} 项必须上传的电子资料没有附件：${missing.map((k) => documentLabels[k]).join('、')}。`,
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
export function decideVerification(record: VerificationRecord, input: DecisionInput): Written {
  if (record.state !== '已回复')
    return { kind: 'refused', reason: `状态为“${record.state}”的核查记录单没有待审核的回复。` };
  const complete = input.decision === 'approve';
  const outcome = complete
    ? { kind: 'completed' as const, opinion: input.opinion || '核查完成', at: input.now, by: input.by }
    : { kind: 'returned' as const, reason: input.opinion, at: input.now, by: input.by };
  return stamped(record, input.now, {
    state: complete ? '核查完成' : '退回核查',
    responses: record.responses.map((r, i) => (i === record.responses.length - 1 ? { ...r, outcome } : r)),
  });
}
