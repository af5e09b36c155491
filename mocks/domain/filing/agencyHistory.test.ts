// An authorisation's 变更记录: which fields an edit changed, each with its label and its values
// before and after as the page shows them. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import type { AgencyData } from '@/contract/agency';
import { agencyChanges } from './agencyHistory';

const letter = (id: string, name: string) => ({ id, name, size: 1, type: 'application/pdf' as const });
const before: AgencyData = {
  nameCn: '深圳前海通关代理有限公司',
  uscc: '91440300MA5FP3QY8Y',
  customsCode: '4403980368',
  contactName: '黄嘉怡',
  contactPhone: '0755-86001234',
  scope: ['preReview', 'verification'],
  validFrom: '2024-01-01',
  validTo: '2027-12-31',
  powerOfAttorney: letter('f-1', '授权委托书.pdf'),
};

describe('agencyChanges', () => {
  it('an edit that changes nothing has no changes', () => {
    expect(agencyChanges(before, { ...before, scope: [...before.scope] })).toEqual([]);
  });

  it('names each changed text field with its label, before and after', () => {
    expect(agencyChanges(before, { ...before, contactName: '李明', validTo: '2028-12-31' })).toEqual([
      { label: '联系人', before: '黄嘉怡', after: '李明' },
      { label: '授权结束日期', before: '2027-12-31', after: '2028-12-31' },
    ]);
  });

  it('shows 授权范围 by the functions’ names, joined with 、', () => {
    expect(agencyChanges(before, { ...before, scope: ['preReview', 'acceptance'] })).toEqual([
      { label: '授权范围', before: '产品预审、核查互动', after: '产品预审、受理情况查询' },
    ]);
  });

  it('shows 授权委托书 by its file name, — when there is none; a new file under the same name is a change', () => {
    expect(agencyChanges(before, { ...before, powerOfAttorney: letter('f-2', '新委托书.pdf') })).toEqual([
      { label: '授权委托书', before: '授权委托书.pdf', after: '新委托书.pdf' },
    ]);
    expect(agencyChanges(before, { ...before, powerOfAttorney: null })).toEqual([
      { label: '授权委托书', before: '授权委托书.pdf', after: '—' },
    ]);
    expect(agencyChanges(before, { ...before, powerOfAttorney: letter('f-3', '授权委托书.pdf') })).toEqual([
      { label: '授权委托书', before: '授权委托书.pdf', after: '授权委托书.pdf' },
    ]);
  });
});
