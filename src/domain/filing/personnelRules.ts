// What may happen to an authorised person now, and the record after it happens.
import type { Verdict } from '@/domain/verdict';
import type { PersonRecord } from '@/contract/personnel';

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
