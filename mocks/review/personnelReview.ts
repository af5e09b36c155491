// 授权人员 submissions in the customs console.
import type { ReviewItem } from '@/contract/review';
import { decidedPerson } from '../domain/filing/personnelWrites';
import { entriesOf } from '@/contract/fieldTable';
import { personFields, personnelAttachmentKinds, type PersonRecord } from '@/contract/personnel';
import { listAll } from '../store/reads';
import { checkExistingVersion, problems } from '../http';
import type { EnterpriseNames, ReviewKind } from './reviewKind';

function toItem(person: PersonRecord, enterprises: EnterpriseNames): ReviewItem | null {
  if (!person.declaredAt || person.status === '暂存') return null;
  return {
    kind: 'personnel',
    type: 'personnel',
    id: `${person.id}@${person.declaredAt}`,
    recordId: person.id,
    version: person.version,
    enterprise: enterprises.get(person.enterpriseId),
    subject: person.data.name,
    asked: `授权人员备案：${person.data.name}，移动电话 ${person.data.mobile}`,
    customsOffice: enterprises.officeOf(person.enterpriseId),
    declaredAt: person.declaredAt,
    status: person.status === '申报' ? '待审核' : person.status,
    decidedAt: person.decidedAt,
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

export const personnelReview: ReviewKind = {
  kind: 'personnel',
  stores: ['personnel'],
  resources: ['personnel'],
  async list(enterprises) {
    return (await listAll('personnel'))
      .map((person) => toItem(person, enterprises))
      .filter((item): item is ReviewItem => item !== null);
  },
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
    await tx.objectStore('personnel').put(decided);
    const item = toItem(decided, enterprises);
    if (!item) throw new Error('a decided person must be listable');
    return item;
  },
};
