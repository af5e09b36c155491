import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capabilities, filingReaders } from '@/values/capabilities';
import { checkAnyCapability, checkCapability, type EnterpriseStanding } from './capabilities';

const standing = fc.record({
  filingApproved: fc.boolean(),
  changeDeclared: fc.boolean(),
  enterpriseType: fc.constantFrom('生产型企业', '贸易型企业', '其他非生产型企业', null),
});

describe('the gate (FR2–FR4)', () => {
  it('FR4 with FR2/FR3: pre-review iff filing approved, no change declared, production enterprise', () => {
    fc.assert(
      fc.property(standing, (s: EnterpriseStanding) => {
        const expected = s.filingApproved && !s.changeDeclared && s.enterpriseType === '生产型企业';
        return checkCapability(s, 'preReview').ok === expected;
      }),
      { numRuns: 200 },
    );
  });

  it('FR2: without an approved filing only the filing, the acceptance query and downloads are open', () => {
    fc.assert(
      fc.property(standing, (s) => {
        const unapproved = { ...s, filingApproved: false };
        return capabilities.every(
          (c) => checkCapability(unapproved, c).ok === ['filing', 'acceptance', 'downloads'].includes(c),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('names the rule, the reason and the block (the app says the next step: gateNextSteps)', () => {
    const approved = { filingApproved: true, changeDeclared: false, enterpriseType: '生产型企业' };
    expect(checkCapability({ ...approved, filingApproved: false }, 'filingChange')).toMatchObject({
      ok: false,
      rule: 'FR2',
      block: 'filingNotApproved',
    });
    expect(checkCapability({ ...approved, changeDeclared: true }, 'preReview')).toMatchObject({
      ok: false,
      rule: 'FR3',
      reason: '企业备案变更申请正在海关审核中，审核完成前不能办理产品预审。',
    });
    // FR3: a change only saved (暂存) leaves pre-review open; only the other functions are never blocked by it.
    expect(checkCapability({ ...approved, changeDeclared: true }, 'filingChange').ok).toBe(true);
    expect(checkCapability({ ...approved, enterpriseType: '贸易型企业' }, 'preReview')).toMatchObject({
      ok: false,
      rule: 'FR4',
    });
  });
});

describe('checkAnyCapability (what serves several functions, such as the filing)', () => {
  const scopes = fc.subarray([...capabilities]);
  it('allows exactly when one of the functions is allowed, and otherwise gives the first refusal', () => {
    fc.assert(
      fc.property(standing, scopes, fc.subarray([...capabilities], { minLength: 1 }), (s, scope, wanted) => {
        const actor = { kind: 'agency' as const, scope };
        const each = wanted.map((c) => checkCapability(s, c, actor));
        const any = checkAnyCapability(s, wanted, actor);
        expect(any.ok).toBe(each.some((p) => p.ok));
        if (!any.ok) expect(any).toEqual(each[0]);
      }),
    );
  });

  it('the filing is read by an agency holding 备案变更 alone, once the filing is approved', () => {
    const approved = { filingApproved: true, changeDeclared: false, enterpriseType: '生产型企业' };
    expect(checkAnyCapability(approved, filingReaders, { kind: 'agency', scope: ['filingChange'] }).ok).toBe(
      true,
    );
    expect(checkAnyCapability(approved, filingReaders, { kind: 'agency', scope: ['acceptance'] }).ok).toBe(
      false,
    );
  });
});
