// 授权人员 submissions in the customs console.
import type { ReviewItem } from '@/contract/review';
import { entriesOf } from '@/contract/fieldTable';
import { personFields, personnelAttachmentKinds, type PersonRecord } from '@/contract/personnel';
import { decidedPerson } from '../filing/personnelWrites';
import { getRecords, listAll } from '../../store/reads';
import { problems } from '../../http/problems';
import { checkExistingVersion } from '../../http/versions';
import { entriesOfPerson, personEntry } from './entries';
import { putPerson } from './indexedWrites';
import type { EnterpriseNames, ReviewKind } from './reviewKind';

function toItem(person: PersonRecord, enterprises: EnterpriseNames): ReviewItem | null {
  const entry = personEntry(person);
  if (!entry) return null;
  const { enterpriseId, ...listed } = entry;
  return {
    ...listed,
    version: person.version,
    enterprise: enterprises.get(enterpriseId),
    subject: person.data.name,
    asked: `授权人员备案：${person.data.name}，移动电话 ${person.data.mobile}`,
    customsOffice: enterprises.officeOf(enterpriseId),
    opinion: person.opinion,
    decidedBy: person.decidedBy ?? null,
    details: [
      ...entriesOf(personFields).map(({ key, label }) => ({ label, value: person.data[key] })),
      ...personnelAttachmentKinds.map(({ key, label }) => {
        const file = person.data[key];
        return { label, value: file?.name ?? '—', ...(file ? { file } : {}) };
      }),
    ],
  };
}

const itemsOf = (people: readonly PersonRecord[], enterprises: EnterpriseNames): ReviewItem[] =>
  people.flatMap((person) => toItem(person, enterprises) ?? []);

export const personnelReview: ReviewKind = {
  kind: 'personnel',
  stores: ['personnel'],
  resources: ['personnel'],
  entries: async () => (await listAll('personnel')).flatMap(entriesOfPerson),
  items: async (recordIds, enterprises) => itemsOf(await getRecords('personnel', recordIds), enterprises),
  async decide(tx, recordId, input, enterprises) {
    const person = await checkExistingVersion(
      tx,
      'personnel',
      recordId,
      input.version,
      '没有找到该授权人员。',
    );
    if (person.status !== '申报') throw problems.illegalState('该授权人员信息不在待审核状态，不能审核。');
    const decided = decidedPerson(person, input);
    await putPerson(tx, decided);
    const item = toItem(decided, enterprises);
    if (!item) throw new Error('a decided person must be listable');
    return item;
  },
};
