// Seeded authorised personnel: the production enterprise has two, approved before the platform.
import type { PersonRecord } from '@/contract/personnel';
import { seededFileRef } from './demoFiles';
import { SEED_OFFICER } from './demoAccounts';

export function seedPersonnel(): PersonRecord[] {
  const approved = (
    id: string,
    name: string,
    idNumber: string,
    mobile: string,
    files: [string, string],
    at: string,
  ): PersonRecord => ({
    id,
    enterpriseId: 'ent-jinggong',
    version: 2,
    status: '审核通过',
    active: true,
    data: {
      name,
      idNumber,
      mobile,
      powerOfAttorney: seededFileRef(files[0]),
      idCardCopy: seededFileRef(files[1]),
    },
    updatedAt: at,
    declaredAt: at,
    decidedAt: at,
    decidedBy: SEED_OFFICER,
    opinion: '授权人员审核通过',
  });
  return [
    approved(
      'person-jinggong-1',
      '陈晓峰',
      '33020319880512301X',
      '13957412345',
      ['5eed0000-0000-4000-8000-000000000011', '5eed0000-0000-4000-8000-000000000012'],
      '2019-03-15T10:00:00+08:00',
    ),
    approved(
      'person-jinggong-2',
      '王丽',
      '320583199208174020',
      '13805741234',
      ['5eed0000-0000-4000-8000-000000000013', '5eed0000-0000-4000-8000-000000000014'],
      '2020-06-02T14:30:00+08:00',
    ),
  ];
}
