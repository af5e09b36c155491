// 企业备案申请 and 备案变更申请 in the customs console.
import type { ReviewDetail, ReviewItem } from '@/contract/review';
import { customsOfficeName } from '@/values/customsOffices';
import { filingChanges, filingEntries, type FilingChange } from '@/domain/filing/filingDisplay';
import { type FilingApplication, type FilingRecord } from '@/contract/filing';
import { canDecideFiling, decideFiling } from '../filing/filingWrites';
import { getRecords, listAll } from '../../store/reads';
import { problems } from '../../http/problems';
import { checkExistingVersion } from '../../http/versions';
import { declaredFilingApplications, entriesOfFiling, filingEntry } from './entries';
import { putFiling } from './indexedWrites';
import type { EnterpriseNames, ReviewKind } from './reviewKind';
import { changeAsked } from './asked';

/**
 * What a change changes, against the data approved before it: that of the last approved
 * application before it (the record keeps only the latest approved data, which a decided change
 * has replaced). Null when that data is not known.
 */
function changesOf(record: FilingRecord, application: FilingApplication): FilingChange[] | null {
  // history is newest first; current is the newest of all.
  const oldestFirst = [...record.history].reverse().concat(record.current ? [record.current] : []);
  const at = oldestFirst.findIndex((a) => a.id === application.id);
  const before = oldestFirst.slice(0, Math.max(at, 0)).findLast((a) => a.status === '审核通过');
  const approved = before ? before.data : application.status === '申报' ? record.approved : null;
  return approved ? filingChanges(approved, application.data) : null;
}

/** 申请内容, and every field declared with, for a change, its value before where it differs. */
function describe(record: FilingRecord, application: FilingApplication) {
  const changes = application.kind === 'change' ? changesOf(record, application) : [];
  const previous = new Map((changes ?? []).map((change) => [change.key, change.before]));
  const details: ReviewDetail[] = filingEntries(application.data).map((entry) => ({
    label: entry.label,
    value: entry.display,
    ...(entry.file ? { file: entry.file } : {}),
    ...(previous.has(entry.key) ? { previous: previous.get(entry.key) } : {}),
  }));
  const asked =
    application.kind === 'filing'
      ? `首次备案：${application.data.enterpriseType || '（未填写企业类型）'}`
      : changes
        ? changeAsked(changes.map((c) => c.label))
        : '备案变更';
  return { asked, details };
}

function toItem(
  record: FilingRecord,
  application: FilingApplication,
  enterprises: EnterpriseNames,
): ReviewItem | null {
  const entry = filingEntry(record, application);
  if (!entry) return null;
  const { enterpriseId, ...listed } = entry;
  return {
    ...listed,
    version: record.version,
    enterprise: enterprises.get(enterpriseId),
    subject: application.data.nameCn || '（未填写企业名称）',
    ...describe(record, application),
    customsOffice: customsOfficeName(application.data.customsOfficeCode) ?? null,
    opinion: application.opinion,
    decidedBy: application.decidedBy ?? null,
    ...(listed.status === '审核通过' && record.filingNo
      ? {
          approvalReceipt: `${application.kind === 'filing' ? '备案审核通过' : '备案变更审核通过'}，备案号是${record.filingNo}`,
        }
      : {}),
  };
}

/** Every application of the records, in full. */
const itemsOf = (records: readonly FilingRecord[], enterprises: EnterpriseNames): ReviewItem[] =>
  records.flatMap((record) =>
    declaredFilingApplications(record).flatMap((a) => toItem(record, a, enterprises) ?? []),
  );

export const filingReview: ReviewKind = {
  kind: 'filing',
  stores: ['filings'],
  resources: ['filing'],
  entries: async () => (await listAll('filings')).flatMap(entriesOfFiling),
  items: async (recordIds, enterprises) => itemsOf(await getRecords('filings', recordIds), enterprises),
  async decide(tx, recordId, input, enterprises) {
    const record = await checkExistingVersion(tx, 'filings', recordId, input.version, '没有找到该企业备案。');
    const verdict = canDecideFiling(record);
    if (!verdict.ok) throw problems.illegalState(verdict.reason);
    const decided = decideFiling(record, input);
    await putFiling(tx, decided);
    const item = decided.current && toItem(decided, decided.current, enterprises);
    if (!item) throw new Error('a decided filing application must be listable');
    return item;
  },
};
