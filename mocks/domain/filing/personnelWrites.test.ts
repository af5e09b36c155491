// The person's record as the service writes it, and the duplicate 身份证号码 it refuses. Written
// for the survivors of the first mutation run (issue 37): the duplicate check's case, spaces,
// disabled and empty numbers, and the versions and opinions of a disable and a decision.
import { describe, expect, it } from 'vitest';
import { emptyPerson, type PersonRecord } from '@/contract/personnel';
import { decidedPerson, disabledPerson, duplicateOf, savedPerson } from './personnelWrites';

const NOW = '2026-12-05T08:00:00.000Z';
const ID_NUMBER = '33020319900101123X';

function person(id: string, idNumber: string, active = true): PersonRecord {
  const saved = savedPerson(null, {
    id,
    enterpriseId: 'ent-a',
    data: { ...emptyPerson, name: '张三', idNumber },
    declare: true,
    now: NOW,
  });
  return { ...saved, active };
}

describe('duplicateOf: another active person of the enterprise with the same 身份证号码', () => {
  it('finds the same number, whatever the case of its check letter and spaces around it', () => {
    const others = [person('p1', ID_NUMBER)];
    expect(duplicateOf({ idNumber: ID_NUMBER }, others)?.id).toBe('p1');
    expect(duplicateOf({ idNumber: ID_NUMBER.toLowerCase() }, others)?.id).toBe('p1');
    expect(duplicateOf({ idNumber: ` ${ID_NUMBER} ` }, others)?.id).toBe('p1');
    expect(duplicateOf({ idNumber: ID_NUMBER }, [person('p2', ID_NUMBER.toLowerCase())])?.id).toBe('p2');
  });

  it('is not the person itself, a disabled person, another number, or an empty one', () => {
    expect(duplicateOf({ id: 'p1', idNumber: ID_NUMBER }, [person('p1', ID_NUMBER)])).toBeUndefined();
    expect(duplicateOf({ idNumber: ID_NUMBER }, [person('p1', ID_NUMBER, false)])).toBeUndefined();
    expect(duplicateOf({ idNumber: '330203199001011236' }, [person('p1', ID_NUMBER)])).toBeUndefined();
    expect(duplicateOf({ idNumber: '' }, [person('p1', '')])).toBeUndefined();
  });
});

describe('the writes of a person', () => {
  it('停用 keeps the record, one version on, no longer active', () => {
    const before = person('p1', ID_NUMBER);
    const after = disabledPerson(before, '2026-12-06T08:00:00.000Z');
    expect(after).toEqual({
      ...before,
      version: before.version + 1,
      active: false,
      updatedAt: '2026-12-06T08:00:00.000Z',
    });
  });

  it('a decision without an opinion: approval says 授权人员审核通过, a rejection says nothing', () => {
    const declared = person('p1', ID_NUMBER);
    const approved = decidedPerson(declared, { decision: 'approve', opinion: '', now: NOW, by: '王敏' });
    expect(approved).toMatchObject({
      status: '审核通过',
      opinion: '授权人员审核通过',
      version: declared.version + 1,
    });
    expect(
      decidedPerson(declared, { decision: 'reject', opinion: '', now: NOW, by: '王敏' }).opinion,
    ).toBeNull();
    expect(
      decidedPerson(declared, { decision: 'reject', opinion: '请补充委托书', now: NOW, by: '王敏' }).opinion,
    ).toBe('请补充委托书');
  });
});
