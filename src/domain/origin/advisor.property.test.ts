// The advisor's laws on random sheets: RVC by build-down is exactly 100 − 非原产占 FOB 的百分比;
// making a line originating never lowers RVC; the suggested lines qualify and no smaller set does
// (checked against every subset).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '@/domain/decimal';
import { evaluateSheet } from '@/domain/preReview/costSheet';
import { sheetLine, workedProduct } from '@/test/workedExample';
import type { Sheet } from '@/contract/sheet';
import { agreementById, type AgreementId } from './agreements';
import { evaluateOrigin, noWhatIf, regionalValueContent } from './evaluate';
import { suggestLines } from './suggest';

/** Whole cents written as an amount, by integer arithmetic only (no binary floats). */
const centsText = (n: number) => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}`;
const cents = (max: number) => fc.integer({ min: 0, max }).map(centsText);
const hsCodes = ['85189000', '85181000', '85059000', '39269090', '', '8518', '85'];
const origins = ['日本', '越南', '江苏', '德国', '瑞士'];

const sheetArb = (maxLines: number) =>
  fc
    .record({
      fob: fc.integer({ min: 1, max: 100_000 }).map(centsText),
      lines: fc.array(
        fc.record({
          hs: fc.constantFrom(...hsCodes),
          origin: fc.constantFrom(...origins),
          nonOrigin: cents(40_000),
          originValue: cents(10_000),
        }),
        { minLength: 1, maxLength: maxLines },
      ),
    })
    .map(({ fob, lines }): Sheet => ({
      product: workedProduct({ hsCode: '8518900000', fobValue: fob, exFactoryPrice: fob }),
      lines: lines.map((l, i) =>
        sheetLine(`k${i}`, {
          materialHs: l.hs,
          origin: l.origin,
          nonOriginValue: l.nonOrigin,
          originValue: l.originValue,
        }),
      ),
    }));

const ids: AgreementId[] = ['RCEP', 'ACFTA', 'CHFTA'];

describe('RVC by build-down', () => {
  it('equals 100 − 非原产占 FOB 的百分比, exactly (unrounded)', () => {
    fc.assert(
      fc.property(sheetArb(30), (sheet) => {
        const share = evaluateSheet(sheet, { forDeclare: false }).nonOriginShareOfFob;
        const { buildDown } = regionalValueContent(sheet, agreementById('RCEP'), noWhatIf);
        expect(buildDown?.eq(new Dec(100).sub(share!.mul(100)))).toBe(true);
      }),
    );
  });

  it('never falls when a non-originating line is made originating', () => {
    fc.assert(
      fc.property(
        sheetArb(20),
        fc.nat(),
        fc.constantFrom<AgreementId>('RCEP', 'ACFTA'),
        (sheet, pick, id) => {
          const agreement = agreementById(id);
          const key = sheet.lines[pick % sheet.lines.length]!.key;
          const before = regionalValueContent(sheet, agreement, noWhatIf).buildDown!;
          const after = regionalValueContent(sheet, agreement, {
            ...noWhatIf,
            localised: new Set([key]),
          }).buildDown!;
          expect(after.gte(before)).toBe(true);
        },
      ),
    );
  });
});

/** Every subset of the lines' keys, smallest first. */
function subsets(keys: string[]): string[][] {
  const all: string[][] = [];
  for (let mask = 0; mask < 1 << keys.length; mask += 1) all.push(keys.filter((_, i) => mask & (1 << i)));
  return all.sort((a, b) => a.length - b.length);
}

describe('the suggested lines', () => {
  it('make the product qualify, and no smaller set of lines does', () => {
    fc.assert(
      fc.property(sheetArb(7), fc.constantFrom(...ids), (sheet, id) => {
        const agreement = agreementById(id);
        const qualifies = (keys: string[]) =>
          evaluateOrigin(sheet, agreement, { ...noWhatIf, localised: new Set(keys) }).status === 'met';
        const suggestion = suggestLines(sheet, agreement, noWhatIf);
        const smallest = subsets(sheet.lines.map((l) => l.key)).find(qualifies);
        if (qualifies([]) || !smallest) {
          expect(suggestion).toBeNull();
        } else {
          expect(suggestion).not.toBeNull();
          expect(qualifies(suggestion!.lines.map((l) => l.key))).toBe(true);
          expect(suggestion!.lines.length).toBe(smallest.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
