// Layout, not a customs rule: how a sheet falls into printed pages. Whatever the lines, every line is on
// exactly one page, in order; the product's information is on the first page only; the closing
// block (totals, percentages, signature) on the last only; and no page holds more than fits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankLine, type Line } from '@/contract/sheet';
import { CLOSING_HEIGHT, paginate, rowHeight, textLines } from './printPages';

const line = (materialName: string, i: number): Line => ({
  ...blankLine(`k${i}`),
  materialName,
  origin: '江苏省',
  unit: '千克',
  unitPrice: '1.5',
  quantity: '2',
  originValue: '3',
  nonOriginValue: '0',
});

describe('the printed pages of a cost sheet', () => {
  it('counts a cell’s text lines from its width: Chinese wider than ASCII, line breaks kept', () => {
    expect(textLines('', 62)).toBe(1);
    expect(textLines('合金钢棒', 62)).toBe(1);
    // 60 mm of text per line: 18 Chinese characters fit, the 19th wraps.
    expect(textLines('钢'.repeat(18), 62)).toBe(1);
    expect(textLines('钢'.repeat(19), 62)).toBe(2);
    expect(textLines('a'.repeat(30), 62)).toBe(1);
    expect(textLines('钢棒\n进口', 62)).toBe(2);
  });

  it('puts every line on exactly one page, in order, product first and closing last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 100, unit: fc.constantFrom('钢', 'a', ' ', '\n') }), {
          maxLength: 300,
        }),
        fc.integer({ min: 0, max: 60 }),
        (names, productHeight) => {
          const lines = names.map(line);
          const pages = paginate(lines, productHeight);
          expect(pages.length).toBeGreaterThan(0);
          expect(pages[0]?.from).toBe(0);
          expect(pages.at(-1)?.to).toBe(lines.length);
          pages.forEach((page, i) => {
            if (i > 0) expect(page.from).toBe(pages[i - 1]?.to);
            expect(page.product).toBe(i === 0);
            expect(page.closing).toBe(i === pages.length - 1);
          });
        },
      ),
    );
  });

  it('fills a page no further than its height, keeping room for the closing block on the last', () => {
    const lines = Array.from({ length: 200 }, (_, i) => line(i % 5 === 0 ? '钢'.repeat(60) : `原料${i}`, i));
    const pages = paginate(lines, 40);
    const heights = pages.map((page) =>
      lines.slice(page.from, page.to).reduce((sum, l) => sum + rowHeight(l), 0),
    );
    // A4 landscape less margins, page header, column heads and footer: 141 mm for lines.
    heights.forEach((height, i) => {
      const room = 141 - (i === 0 ? 40 : 0) - (pages[i]?.closing ? CLOSING_HEIGHT : 0);
      expect(height).toBeLessThanOrEqual(room);
    });
    // Long names take more room, so more pages than the same count of short ones.
    expect(pages.length).toBeGreaterThan(
      paginate(
        lines.map((_, i) => line(`原料${i}`, i)),
        40,
      ).length,
    );
  });

  it('prints an empty sheet as one page, and 2,000 lines as pages of about twenty', () => {
    expect(paginate([], 40)).toEqual([{ from: 0, to: 0, product: true, closing: true }]);
    const pages = paginate(
      Array.from({ length: 2000 }, (_, i) => line(`原料${i}`, i)),
      40,
    );
    expect(pages.length).toBeGreaterThan(90);
    expect(pages.length).toBeLessThan(110);
  });
});
