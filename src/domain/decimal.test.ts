import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDecimals, Dec } from './decimal';

describe('alignDecimals: a column of amounts lined up on the point', () => {
  it('pads every value to the most decimals in the column, at least the minimum', () => {
    expect(alignDecimals(['2.6', '260.00', '0', '12.5'], 2)).toEqual(['2.60', '260.00', '0.00', '12.50']);
    expect(alignDecimals(['0.25', '12', '1.000125'], 0)).toEqual(['0.250000', '12.000000', '1.000125']);
  });

  it('keeps text that is not a number, and empty cells, as they were', () => {
    expect(alignDecimals(['abc', '', '3.5'], 2)).toEqual(['abc', '', '3.50']);
  });

  it('never changes a value, only how many decimals it shows, and all show the same number', () => {
    const amount = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }), fc.option(fc.stringMatching(/^\d{1,6}$/)))
      .map(([whole, fraction]) => (fraction === null ? `${whole}` : `${whole}.${fraction}`));
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 4 }),
        (values, min) => {
          const shown = alignDecimals(values, min);
          shown.forEach((text, i) => expect(new Dec(text).equals(new Dec(values[i] as string))).toBe(true));
          const places = new Set(shown.map((text) => text.split('.')[1]?.length ?? 0));
          expect(places.size).toBe(1);
          expect([...places][0]).toBeGreaterThanOrEqual(min);
        },
      ),
    );
  });
});
