import { describe, expect, it } from 'vitest';
import { blankLine, MAX_LINES, type Line } from '@/contract/sheet';
import { firstLinesOf, linesOver, upToLimit } from './lineLimit';
import { readPastedRows } from './importLines';

const filled = (n: number): Line => ({ ...blankLine(`k${n}`), materialName: `原料${n}` });

describe('the 2,000-line limit where it bites', () => {
  it('counts filled lines only: blank lines are no lines', () => {
    expect(linesOver(MAX_LINES)).toBe(0);
    expect(linesOver(MAX_LINES + 7)).toBe(7);
    const lines = [blankLine('b0'), ...Array.from({ length: MAX_LINES + 3 }, (_, i) => filled(i + 1))];
    const kept = upToLimit(lines);
    expect(kept).toHaveLength(MAX_LINES + 1); // the blank first line, then 2,000 filled
    expect(kept.at(-1)?.materialName).toBe(`原料${MAX_LINES}`);
  });

  it('keeps a sheet within the limit as it is', () => {
    const lines = Array.from({ length: 5 }, (_, i) => filled(i));
    expect(upToLimit(lines)).toEqual(lines);
  });

  it('an import cut to its first lines keeps only those rows’ problems', () => {
    const preview = readPastedRows(
      ['原料1\t\t日本\t千克\tabc\t1\t0\t1', '原料2\t\t日本\t千克\t1\t1\t0\txyz'].join('\n'),
    );
    expect(preview.problems.map((p) => p.row)).toEqual([1, 2]);
    const first = firstLinesOf(preview, 1);
    expect(first.lines.map((l) => l.materialName)).toEqual(['原料1']);
    expect(first.problems.map((p) => p.row)).toEqual([1]);
  });
});
