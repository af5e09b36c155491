// What the service writes to an authorised person's record: saved or declared, disabled,
// decided by customs; and the duplicate it refuses.
import type { PersonDraft, PersonRecord } from '@/contract/personnel';
import type { DecisionInput } from '../decision';

/** Another active person of the enterprise with the same 身份证号码, if any. */
export function duplicateOf(
  person: { id?: string; idNumber: string },
  others: readonly PersonRecord[],
): PersonRecord | undefined {
  const idNumber = person.idNumber.trim().toUpperCase();
  return others.find(
    (o) => o.active && o.id !== person.id && o.data.idNumber.toUpperCase() === idNumber && idNumber !== '',
  );
}

export function savedPerson(
  person: PersonRecord | null,
  input: { id: string; enterpriseId: string; data: PersonDraft; declare: boolean; now: string },
): PersonRecord {
  return {
    id: person?.id ?? input.id,
    enterpriseId: input.enterpriseId,
    version: (person?.version ?? 0) + 1,
    status: input.declare ? '申报' : '暂存',
    active: true,
    data: input.data,
    updatedAt: input.now,
    declaredAt: input.declare ? input.now : null,
    decidedAt: null,
    opinion: null,
  };
}

export function disabledPerson(person: PersonRecord, now: string): PersonRecord {
  return { ...person, version: person.version + 1, active: false, updatedAt: now };
}

export function decidedPerson(person: PersonRecord, input: DecisionInput): PersonRecord {
  const approve = input.decision === 'approve';
  return {
    ...person,
    version: person.version + 1,
    status: approve ? '审核通过' : '审核不通过',
    updatedAt: input.now,
    decidedAt: input.now,
    opinion: input.opinion || (approve ? '授权人员审核通过' : null),
    decidedBy: input.by,
  };
}
