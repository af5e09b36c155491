// Work in progress in local storage: kept until a successful submit ends it, and then never
// written back with the submitted values — by a late timer, a page-hide or another tab.
import { describe, expect, it, vi } from 'vitest';
import {
  endWorkInProgress,
  readWorkInProgress,
  stableStringify,
  workInProgressSavedAt,
  writeWorkInProgress,
} from './workInProgress';

const KEY = 'jinggong:pre-review:new';
const sheet = {
  product: { nameCn: '不锈钢保温杯', model: 'A' },
  lines: [{ key: 'l1', materialName: '钢板' }],
};

describe('work in progress', () => {
  it('is kept and read back, with the version it started from', () => {
    writeWorkInProgress(KEY, sheet, 3);
    expect(readWorkInProgress(KEY)).toMatchObject({ baseVersion: 3, values: sheet });
  });

  it('keeps its time while the values do not change (the restore notice shows it)', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T04:44:00Z'), toFake: ['Date'] });
    writeWorkInProgress(KEY, sheet, 0);
    vi.setSystemTime(new Date('2026-12-01T04:50:00Z'));
    writeWorkInProgress(KEY, structuredClone(sheet), 0);
    expect(workInProgressSavedAt(KEY)).toBe('2026-12-01T04:44:00.000Z');
    vi.useRealTimers();
  });

  it('ends with a successful submit: the same values written afterwards (late timer, page-hide, another tab) are not kept', () => {
    writeWorkInProgress(KEY, sheet, 0);
    endWorkInProgress(KEY, sheet);
    expect(readWorkInProgress(KEY)).toBeNull();
    writeWorkInProgress(KEY, { ...sheet, product: { ...sheet.product } }, 0);
    expect(readWorkInProgress(KEY)).toBeNull();
    // Key order does not make them different.
    writeWorkInProgress(KEY, { lines: sheet.lines, product: { model: 'A', nameCn: '不锈钢保温杯' } }, 0);
    expect(readWorkInProgress(KEY)).toBeNull();
  });

  it('a stored copy of submitted values, written before the marker was seen, is not read back', () => {
    endWorkInProgress(KEY, sheet);
    localStorage.setItem(
      `origin-portal:wip:${KEY}`,
      JSON.stringify({ savedAt: new Date().toISOString(), baseVersion: 0, values: sheet }),
    );
    expect(readWorkInProgress(KEY)).toBeNull();
    expect(localStorage.getItem(`origin-portal:wip:${KEY}`)).toBeNull();
  });

  it('typing something else after the submit is new work, and kept', () => {
    endWorkInProgress(KEY, sheet);
    const next = { ...sheet, product: { ...sheet.product, model: 'B' } };
    writeWorkInProgress(KEY, next, 1);
    expect(readWorkInProgress(KEY)?.values).toEqual(next);
  });

  it('an unreadable entry is dropped, not thrown', () => {
    localStorage.setItem(`origin-portal:wip:${KEY}`, '{not json');
    expect(readWorkInProgress(KEY)).toBeNull();
    localStorage.setItem(`origin-portal:wip:${KEY}`, JSON.stringify({ values: 1 }));
    expect(readWorkInProgress(KEY)).toBeNull();
  });

  it('a submitted marker lapses after a day', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T00:00:00Z'), toFake: ['Date'] });
    endWorkInProgress(KEY, sheet);
    vi.setSystemTime(new Date('2026-12-02T01:00:00Z'));
    writeWorkInProgress(KEY, sheet, 0);
    expect(readWorkInProgress(KEY)?.values).toEqual(sheet);
    vi.useRealTimers();
  });

  it('stableStringify orders keys at every depth', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe(
      '{"a":{"c":3,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
