import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankLine, type Line } from '@/contract/sheet';
import { copyBlock, fillBlockDown, isMultiCell, rangeOf } from './cellBlock';
import { readTsv } from './pasteBlock';

const line = (i: number, name = `原料${i}`): Line => ({
  ...blankLine(`k${i}`),
  materialName: name,
  origin: '日本',
  unit: '千克',
  unitPrice: `${i}.5`,
  quantity: '2',
});

describe('a block of cells', () => {
  it('spans from its anchor to its focus in either direction', () => {
    const range = rangeOf({ anchor: { line: 4, column: 'unit' }, focus: { line: 1, column: 'origin' } });
    expect(range).toEqual({ top: 1, bottom: 4, columns: ['origin', 'unit'] });
    expect(isMultiCell({ anchor: { line: 1, column: 'unit' }, focus: { line: 1, column: 'unit' } })).toBe(
      false,
    );
    expect(isMultiCell(null)).toBe(false);
  });

  it('copies as tab-separated rows that our paste reads back exactly, quotes and breaks included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', '钢', '\t', '\n', '"', ' ') }), {
          minLength: 1,
          maxLength: 6,
        }),
        (names) => {
          const lines = names.map((name, i) => line(i, name));
          const range = { top: 0, bottom: lines.length - 1, columns: ['materialName', 'origin'] as const };
          const text = copyBlock(lines, { ...range, columns: [...range.columns] });
          expect(readTsv(text)).toEqual(lines.map((l) => [l.materialName, l.origin]));
        },
      ),
    );
  });

  it('fills down from its first line, in its columns only', () => {
    const lines = [line(0), line(1), line(2), line(3)];
    const filled = fillBlockDown(lines, { top: 1, bottom: 2, columns: ['materialName', 'unitPrice'] });
    expect(filled.map((l) => `${l.materialName}|${l.unitPrice}|${l.origin}`)).toEqual([
      '原料0|0.5|日本',
      '原料1|1.5|日本',
      '原料1|1.5|日本',
      '原料3|3.5|日本',
    ]);
    expect(filled[0]).toBe(lines[0]);
  });
});
