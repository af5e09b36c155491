import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankLine, type Line } from '@/contract/sheet';
import { isBlock, pasteBlock, readTsv } from './pasteBlock';
import { pasteColumns } from './lineCells';

let keys = 0;
const newLine = (): Line => blankLine(`new-${(keys += 1)}`);
const filled = (name: string): Line => ({ ...newLine(), materialName: name, unitPrice: '1' });

const HEADER =
  '原料名称\t原料HS编码\t原产国(地区)\t计量单位\t原料单价\t单位产品用料\t原料原产价值\t原料非原产价值';

describe('a block pasted into 产品生产明细', () => {
  it('fills from the focused cell rightwards and down, adding lines, skipping the header', () => {
    const lines = [filled('甲'), filled('乙')];
    const text = [
      HEADER,
      '合金钢棒\t72285000\t日本\t千克\t12.5\t2\t10\t15',
      '包装纸箱\t\t浙江省\t个\t0.1\t3\t0.3\t0',
      '',
    ].join('\r\n');
    const result = pasteBlock(lines, { line: 1, column: 'materialName' }, text, newLine);
    expect(result.header).toBe(1);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ first: 1, last: 2, added: 1 });
    expect(result.lines.map((l) => l.materialName)).toEqual(['甲', '合金钢棒', '包装纸箱']);
    expect(result.lines[1]).toMatchObject({ key: lines[1]?.key, unitPrice: '12.5', nonOriginValue: '15' });
    expect(result.lines[2]).toMatchObject({ origin: '浙江省', quantity: '3', originValue: '0.3' });
    expect(lines[1]?.materialName).toBe('乙'); // the lines given are not changed
  });

  it('pastes a narrower block at a later column and leaves the cells before it alone', () => {
    const lines = [filled('甲')];
    const result = pasteBlock(lines, { line: 0, column: 'unitPrice' }, '１２.５\t2\n1,234.5\t3\n', newLine);
    expect(result.lines.map((l) => [l.materialName, l.unitPrice, l.quantity])).toEqual([
      ['甲', '12.5', '2'],
      ['', '1234.5', '3'],
    ]);
    expect(result.normalised).toEqual([1]);
  });

  it('says what it could not read, by the copied row, and keeps the cell as it came', () => {
    const text = '1\t2\t3\t4\t5\n单价待定\t2';
    const result = pasteBlock([newLine()], { line: 0, column: 'unitPrice' }, text, newLine);
    expect(result.problems).toEqual([
      { row: 1, message: '第 1 行有 5 列，从“原料单价”起只能粘贴 4 列，其后 1 列未粘贴' },
      { row: 2, message: expect.stringMatching(/^第 2 行：原料单价.*（“单价待定”）$/) },
    ]);
    expect(result.lines[1]?.unitPrice).toBe('单价待定');
  });

  it('reads quoted cells holding tabs, line breaks and quotes', () => {
    expect(readTsv('"钢棒\n(进口)"\t"12""寸"\tA\n')).toEqual([['钢棒\n(进口)', '12"寸', 'A']]);
    expect(isBlock('12.5')).toBe(false);
    expect(isBlock('12.5\n')).toBe(false);
    expect(isBlock('12.5\t2')).toBe(true);
  });

  it('property: every copied cell lands in its place, and nothing else changes', () => {
    const cellText = fc.stringMatching(/^[A-Za-z一-龥]{0,6}$/);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }), // a focused cell is on a line that exists
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (startLine, startColumn, block) => {
          const lines = Array.from({ length: 3 }, (_, i) => filled(`原有${i}`));
          const column = pasteColumns[startColumn] ?? 'materialName';
          const text = block.map((row) => row.join('\t')).join('\n');
          const result = pasteBlock(lines, { line: startLine, column }, text, newLine);
          // Rows that are blank are skipped, so the copied rows that count are the others.
          const counted = block.filter((row) => row.some((cell) => cell !== ''));
          counted.forEach((row, r) =>
            row.forEach((cell, c) => {
              const target = result.lines[startLine + r];
              expect(target?.[pasteColumns[startColumn + c] ?? 'materialName']).toBe(cell);
            }),
          );
          expect(result.lines.length).toBe(Math.max(lines.length, startLine + counted.length));
          lines.forEach((line, i) => {
            if (i < startLine || i >= startLine + counted.length) expect(result.lines[i]).toEqual(line);
          });
        },
      ),
    );
  });
});
