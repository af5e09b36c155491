// What may happen to an authorised person now, and the record after it happens.
import type { Verdict } from '@/domain/verdict';
import type { PersonDraft, PersonRecord } from '@/contract/personnel';

export function canEditPerson(person: PersonRecord | null): Verdict {
  if (person && !person.active) return { ok: false, reason: '该授权人员已停用，不能修改。' };
  if (person?.status === '申报')
    return { ok: false, reason: '该授权人员信息已提交海关审核，审核完成前不能修改。' };
  return { ok: true };
}

export function canDisablePerson(person: PersonRecord): Verdict {
  if (!person.active) return { ok: false, reason: '该授权人员已停用。' };
  if (person.status === '申报')
    return { ok: false, reason: '该授权人员信息正在海关审核中，审核完成后才能停用。' };
  return { ok: true };
}

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

export function decidedPerson(
  person: PersonRecord,
  input: { decision: 'approve' | 'reject'; opinion: string; now: string },
): PersonRecord {
  const approve = input.decision === 'approve';
  return {
    ...person,
    version: person.version + 1,
    status: approve ? '审核通过' : '审核不通过',
    updatedAt: input.now,
    decidedAt: input.now,
    opinion: input.opinion || (approve ? '授权人员审核通过' : null),
  };
}
