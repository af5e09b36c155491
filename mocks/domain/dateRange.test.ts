// The lists' date filters: a Beijing calendar day within `from` … `to`, both ends included, either
// left out. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { onDaysAsked } from './dateRange';

// 2026-12-04T17:30Z is 2026-12-05 01:30 in Beijing (UTC+8).
const AT = '2026-12-04T17:30:00.000Z';

describe('onDaysAsked', () => {
  it('counts the Beijing day, both ends included', () => {
    expect(onDaysAsked(AT, { from: '2026-12-05', to: '2026-12-05' })).toBe(true);
    expect(onDaysAsked(AT, { from: '2026-12-04', to: '2026-12-04' })).toBe(false);
  });

  it('is outside before from and after to', () => {
    expect(onDaysAsked(AT, { from: '2026-12-06' })).toBe(false);
    expect(onDaysAsked(AT, { to: '2026-12-04' })).toBe(false);
    expect(onDaysAsked(AT, { from: '2026-12-01', to: '2026-12-31' })).toBe(true);
  });

  it('takes every day when a bound is left out or empty', () => {
    expect(onDaysAsked(AT, {})).toBe(true);
    expect(onDaysAsked(AT, { from: '', to: '' })).toBe(true);
    expect(onDaysAsked(AT, { from: '2026-12-05' })).toBe(true);
    expect(onDaysAsked(AT, { to: '2026-12-05' })).toBe(true);
  });
});
