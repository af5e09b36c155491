// PR1–PR8 against domain.md's worked example, and against an independent oracle written with
// scaled BigInt arithmetic (not the model's code) on random sheets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetLine, workedExample, workedProduct } from '@/test/workedExample';
import { blankLine, type Line, type Sheet } from '@/contract/sheet';
import { computeLine, evaluateSheet, type RuleId } from './costSheet';

const product = workedProduct;
const line = sheetLine;
const example = workedExample;

const rules = (sheet: Sheet) => evaluateSheet(sheet, { forDeclare: true }).violations.map((v) => v.rule);

describe('the worked example of domain.md', () => {
  it('is valid, with 非原产占出厂价 15.00% (PR7) and 非原产占 FOB 12.50% (PR8)', () => {
    const result = evaluateSheet(example(), { forDeclare: true });
    expect(result.violations).toEqual([]);
    expect(result.total.toString()).toBe('25.3');
    expect(result.exFactoryPercent).toBe('15.00%');
    expect(result.fobPercent).toBe('12.50%');
  });

  it('PR4: 0.1 × 3 equals 0.3 exactly', () => {
    const result = computeLine(
      line('b', { unitPrice: '0.1', quantity: '3', originValue: '0.3', nonOriginValue: '0' }),
    );
    expect(result.amount?.toString()).toBe('0.3');
    expect(result.balanced).toBe(true);
  });

  it('PR3: the same sheet with 含进口成分 = 否 is refused', () => {
    const sheet = example();
    sheet.product.hasImported = '否';
    expect(rules(sheet)).toEqual(['PR3']);
  });

  it('PR1: FOB 90.00 is refused (and PR6 does not fire: 25.3 ≤ 90)', () => {
    const sheet = example();
    sheet.product.fobValue = '90.00';
    expect(rules(sheet)).toEqual(['PR1']);
    expect(evaluateSheet(sheet, { forDeclare: true }).violations[0]?.message).toBe(
      '单位产品 FOB 值（90）不能小于单位产品出厂价（100）',
    );
  });

  it('PR4: line A 原产 10 + 非原产 14 is refused, naming the numbers', () => {
    const sheet = example();
    (sheet.lines[0] as Line).nonOriginValue = '14';
    const violations = evaluateSheet(sheet, { forDeclare: true }).violations;
    expect(violations.map((v) => [v.rule, v.path])).toEqual([['PR4', 'lines.0.nonOriginValue']]);
    expect(violations[0]?.message).toBe(
      '第 1 行：原料单价 × 单位产品用料 = 25，但原料原产价值 + 原料非原产价值 = 24，相差 1',
    );
  });

  it('PR2: 含进口成分 = 是 with no non-originating value is refused', () => {
    const sheet = example();
    (sheet.lines[0] as Line).originValue = '25';
    (sheet.lines[0] as Line).nonOriginValue = '0';
    expect(rules(sheet)).toEqual(['PR2']);
  });

  it('a fully blank line is no line: nothing is said about it, on 暂存 or 申报', () => {
    const sheet = example();
    const blank = { ...blankLine('blank'), materialName: ' ' };
    sheet.lines.splice(1, 0, blank);
    expect(rules(sheet)).toEqual([]);
    expect(evaluateSheet(sheet, { forDeclare: true }).exFactoryPercent).toBe('15.00%');
    // A sheet of blank lines only has no lines to declare.
    const empty = { ...sheet, lines: [blank] };
    expect(evaluateSheet(empty, { forDeclare: true }).violations.map((v) => v.path)).toContain('lines');
    // One cell typed makes it a line, with everything it still lacks said.
    expect(rules({ ...sheet, lines: [...example().lines, { ...blank, unit: '件' }] })).toContain('REQUIRED');
  });

  it('PR5 and PR6: materials worth more than the ex-factory price and the FOB value are refused', () => {
    const sheet = example();
    sheet.product.exFactoryPrice = '20';
    sheet.product.fobValue = '25';
    expect(rules(sheet)).toEqual(['PR5', 'PR6']);
  });

  it('PR4 rounds 单价 × 用料 half-up to 4 decimals (1.2345 × 0.5 = 0.61725 → 0.6173, not 0.6172)', () => {
    const result = computeLine(
      line('c', { unitPrice: '1.2345', quantity: '0.5', originValue: '0.6173', nonOriginValue: '0' }),
    );
    expect(result.amount?.toString()).toBe('0.6173');
    expect(result.balanced).toBe(true);
  });
});

// ---- the oracle: scaled BigInt arithmetic, written without decimal.js or the model ----------

const SCALE = 10n ** 10n;

/** A plain decimal string as an integer number of 10^-10 units. */
function scaled(text: string): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(10, '0'));
}

/** Half-up rounding of a non-negative scaled value to 4 decimals (still scaled 10^-10). */
function roundTo4(v: bigint): bigint {
  const unit = 10n ** 6n;
  const remainder = v % unit;
  return v - remainder + (remainder * 2n >= unit ? unit : 0n);
}

function oracle(sheet: Sheet): RuleId[] {
  const found: RuleId[] = [];
  const exFactory = scaled(sheet.product.exFactoryPrice);
  const fob = scaled(sheet.product.fobValue);
  let origin = 0n;
  let nonOrigin = 0n;
  const pr4: boolean[] = [];
  for (const l of sheet.lines) {
    const product = (scaled(l.unitPrice) * scaled(l.quantity)) / SCALE; // exact: 4 + 6 decimals fit in 10
    const sum = scaled(l.originValue) + scaled(l.nonOriginValue);
    pr4.push(roundTo4(product) !== sum);
    origin += scaled(l.originValue);
    nonOrigin += scaled(l.nonOriginValue);
  }
  if (fob < exFactory) found.push('PR1');
  if (sheet.product.hasImported === '是' && nonOrigin === 0n) found.push('PR2');
  if (sheet.product.hasImported === '否' && nonOrigin !== 0n) found.push('PR3');
  if (pr4.some(Boolean)) found.push('PR4');
  if (origin + nonOrigin > exFactory) found.push('PR5');
  if (origin + nonOrigin > fob) found.push('PR6');
  return found;
}

const decimalString = (maxWhole: number, decimals: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxWhole }), fc.integer({ min: 0, max: 10 ** decimals - 1 }))
    .map(([whole, fraction]) =>
      decimals === 0 ? String(whole) : `${whole}.${String(fraction).padStart(decimals, '0')}`,
    );

/** Random lines, nine in ten balanced on purpose. */
const randomLine = fc
  .record({
    unitPrice: decimalString(500, 4),
    quantity: decimalString(20, 6),
    split: fc.integer({ min: 0, max: 100 }),
    balanced: fc.integer({ min: 0, max: 9 }).map((n) => n > 0), // mostly balanced, so PR4 is not always broken
    originValue: decimalString(1000, 4),
    nonOriginValue: decimalString(1000, 4),
  })
  .map(({ unitPrice, quantity, split, balanced, originValue, nonOriginValue }) => {
    if (!balanced) return { unitPrice, quantity, originValue, nonOriginValue };
    const amount = roundTo4((scaled(unitPrice) * scaled(quantity)) / SCALE) / 10n ** 6n; // in 10^-4
    const nonOrigin = (amount * BigInt(split)) / 100n;
    const asText = (v: bigint) => `${v / 10000n}.${String(v % 10000n).padStart(4, '0')}`;
    return {
      unitPrice,
      quantity,
      originValue: asText(amount - nonOrigin),
      nonOriginValue: asText(nonOrigin),
    };
  });

const randomSheet = fc
  .record({
    lines: fc.array(randomLine, { minLength: 1, maxLength: 12 }),
    exFactoryPrice: decimalString(20000, 2),
    fobValue: decimalString(20000, 2),
    hasImported: fc.constantFrom<'是' | '否'>('是', '否'),
  })
  .map(({ lines, exFactoryPrice, fobValue, hasImported }): Sheet => ({
    product: product({ exFactoryPrice, fobValue, hasImported }),
    lines: lines.map((values, i) => line(`k${i}`, { ...values, materialHs: '72285000' })),
  }));

const modelRules = (sheet: Sheet) => [...new Set(rules(sheet).filter((r) => r.startsWith('PR')))].sort();

describe('PR1–PR6 against the BigInt oracle', () => {
  it('gives the oracle’s verdict on random sheets', () => {
    fc.assert(
      fc.property(randomSheet, (sheet) => {
        expect(modelRules(sheet)).toEqual(oracle(sheet).sort());
      }),
      { numRuns: 400 },
    );
  });

  it('never changes totals, percentages or verdicts when lines are reordered', () => {
    fc.assert(
      fc.property(
        randomSheet.chain((sheet) =>
          fc
            .shuffledSubarray(sheet.lines, { minLength: sheet.lines.length, maxLength: sheet.lines.length })
            .map((lines) => [sheet, { ...sheet, lines }] as const),
        ),
        ([sheet, shuffled]) => {
          const a = evaluateSheet(sheet, { forDeclare: true });
          const b = evaluateSheet(shuffled, { forDeclare: true });
          expect(b.total.toString()).toBe(a.total.toString());
          expect([b.exFactoryPercent, b.fobPercent]).toEqual([a.exFactoryPercent, a.fobPercent]);
          expect(modelRules(shuffled)).toEqual(modelRules(sheet));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('PR7/PR8: percentages are the unrounded ratio rounded half-up to 2 decimals', () => {
    fc.assert(
      fc.property(randomSheet, (sheet) => {
        const result = evaluateSheet(sheet, { forDeclare: true });
        let nonOrigin = 0n;
        for (const l of sheet.lines) nonOrigin += scaled(l.nonOriginValue);
        const expected = (denominatorText: string) => {
          const denominator = scaled(denominatorText);
          if (denominator === 0n) return '—';
          // percent × 100 (two decimals) = nonOrigin × 10000 / denominator, half-up
          const numerator = nonOrigin * 10000n;
          const q = numerator / denominator;
          const hundredths = (numerator % denominator) * 2n >= denominator ? q + 1n : q;
          return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}%`;
        };
        expect(result.exFactoryPercent).toBe(expected(sheet.product.exFactoryPrice));
        expect(result.fobPercent).toBe(expected(sheet.product.fobValue));
      }),
      { numRuns: 300 },
    );
  });
});
