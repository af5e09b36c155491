// 切换角色's landing: the chosen account's page for the record on screen.
import { describe, expect, it } from 'vitest';
import type { Session } from '@/contract/auth';
import { switchLanding } from './switchLanding';

const jinggong = {
  id: 'ent-jinggong',
  nameCn: '宁波海曙精工机械有限公司',
  uscc: '91330203MA2GQ8XL2M',
};
const session = (role: Session['user']['role'], enterprise: typeof jinggong | null): Session => ({
  token: 't',
  expiresAt: '2026-12-06T10:00:00.000Z',
  user: { username: 'u', displayName: 'U', role },
  enterprise,
  actingFor: null,
});
const exporter = session('enterprise', jinggong);
const officer = session('customs', null);
const preReview = { kind: 'preReview', recordId: 'pr-1', enterpriseId: 'ent-jinggong' } as const;

describe('切换角色 lands on the page the chosen account would use', () => {
  it("an exporter's pre-review becomes its review in the console, and back", () => {
    expect(
      switchLanding({
        from: exporter,
        to: { role: 'customs', enterpriseId: null },
        subject: preReview,
        here: '/pre-reviews/pr-1',
      }),
    ).toBe('/customs?review=preReview.pr-1');
    expect(
      switchLanding({
        from: officer,
        to: { role: 'enterprise', enterpriseId: 'ent-jinggong' },
        subject: preReview,
        here: '/customs?review=preReview.pr-1',
      }),
    ).toBe('/pre-reviews/pr-1');
  });

  it('each kind of record lands on its own page; a filing on 企业备案', () => {
    const to = { role: 'enterprise', enterpriseId: 'ent-jinggong' } as const;
    const from = officer;
    const here = '/customs';
    const land = (kind: 'filing' | 'personnel' | 'verification') =>
      switchLanding({ from, to, here, subject: { kind, recordId: 'r-9', enterpriseId: 'ent-jinggong' } });
    expect(land('filing')).toBe('/filing');
    expect(land('personnel')).toBe('/personnel');
    expect(land('verification')).toBe('/verifications/r-9');
  });

  it("another enterprise's record is not shown to this one: its home page instead", () => {
    expect(
      switchLanding({
        from: officer,
        to: { role: 'enterprise', enterpriseId: 'ent-huamao' },
        subject: preReview,
        here: '/customs?review=preReview.pr-1',
      }),
    ).toBe('/');
  });

  it("without a record on screen, customs sees the enterprise's queue; an agency acting for one, that one's", () => {
    const to = { role: 'customs', enterpriseId: null } as const;
    expect(switchLanding({ from: exporter, to, subject: null, here: '/acceptance' })).toBe(
      '/customs?uscc=91330203MA2GQ8XL2M',
    );
    const agency = {
      ...session('agency', {
        id: 'ent-tongguan',
        nameCn: '深圳前海通关代理有限公司',
        uscc: '91440300MA5FP3QY8Y',
      }),
      actingFor: { enterprise: jinggong, scope: ['preReview' as const], validTo: '2027-12-31' },
    };
    expect(switchLanding({ from: agency, to, subject: null, here: '/' })).toBe(
      '/customs?uscc=91330203MA2GQ8XL2M',
    );
    expect(switchLanding({ from: null, to, subject: null, here: '/' })).toBe('/customs');
  });

  it('an account of the same enterprise and role stays on the page; any other starts at home', () => {
    const to = { role: 'enterprise', enterpriseId: 'ent-jinggong' } as const;
    expect(switchLanding({ from: exporter, to, subject: null, here: '/acceptance?page=2' })).toBe(
      '/acceptance?page=2',
    );
    expect(
      switchLanding({
        from: exporter,
        to: { role: 'enterprise', enterpriseId: 'ent-xinqi' },
        subject: null,
        here: '/acceptance',
      }),
    ).toBe('/');
  });
});
