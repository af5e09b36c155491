// Verification responses (核查回复) in the customs console: customs completes the verification
// (核查完成) or returns it for more (退回核查) with a reason — the console's approve and reject.
import type { ReviewDetail, ReviewItem } from '@/contract/review';
import { subjectLabel } from '@/domain/verification/verificationRules';
import {
  documentLabels,
  OTHER_DOCUMENT_LABEL,
  type VerificationRecord,
  type VerificationResponse,
} from '@/contract/verification';
import { decideVerification } from '../verification/verificationWrites';
import { getRecords, listAll } from '../../store/reads';
import { problems } from '../../http/problems';
import { checkExistingVersion } from '../../http/versions';
import { entriesOfVerification, verificationEntry } from './entries';
import { putVerification } from './indexedWrites';
import type { EnterpriseNames, ReviewKind } from './reviewKind';

function details(record: VerificationRecord, response: VerificationResponse): ReviewDetail[] {
  return [
    { label: '核查记录单号', value: record.number },
    { label: '核查要求', value: record.requirement },
    { label: '回复期限', value: record.deadline },
    {
      label: '必须上传的电子资料',
      value: record.requiredDocuments.map((key) => documentLabels[key]).join('、'),
    },
    { label: '企业回复', value: response.reply },
    ...response.attachments.map((a) => ({
      label: a.document === 'other' ? OTHER_DOCUMENT_LABEL : documentLabels[a.document],
      value: a.file.name,
      file: a.file,
    })),
    ...(response.outcome?.kind === 'returned' ? [{ label: '退回原因', value: response.outcome.reason }] : []),
  ];
}

function toItem(
  record: VerificationRecord,
  response: VerificationResponse,
  enterprises: EnterpriseNames,
): ReviewItem {
  const { outcome } = response;
  const { enterpriseId, ...listed } = verificationEntry(record, response);
  return {
    ...listed,
    version: record.version,
    enterprise: enterprises.get(enterpriseId),
    subject: `${record.number} ${subjectLabel(record.subject)}`,
    asked: `第${response.n}次回复：${subjectLabel(record.subject)}，附件${response.attachments.length}份`,
    customsOffice: record.customsOffice,
    opinion: outcome === null ? null : outcome.kind === 'completed' ? outcome.opinion : outcome.reason,
    decidedBy: outcome?.by ?? null,
    details: details(record, response),
  };
}

const itemsOf = (records: readonly VerificationRecord[], enterprises: EnterpriseNames): ReviewItem[] =>
  records.flatMap((record) => record.responses.map((response) => toItem(record, response, enterprises)));

export const verificationReview: ReviewKind = {
  kind: 'verification',
  stores: ['verifications'],
  resources: ['verifications'],
  entries: async () => (await listAll('verifications')).flatMap(entriesOfVerification),
  items: async (recordIds, enterprises) => itemsOf(await getRecords('verifications', recordIds), enterprises),
  async decide(tx, recordId, input, enterprises) {
    const record = await checkExistingVersion(
      tx,
      'verifications',
      recordId,
      input.version,
      '没有找到该核查记录单。',
    );
    const written = decideVerification(record, input);
    if (written.kind === 'refused') throw problems.illegalState(written.reason);
    await putVerification(tx, written.record);
    const decided = written.record.responses.at(-1);
    if (!decided) throw new Error('a decided verification has a response');
    return toItem(written.record, decided, enterprises);
  },
};
