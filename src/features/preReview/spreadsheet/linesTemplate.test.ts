// The 产品生产明细 template round trip: download → fill in → import gives the same lines; bad rows
// are reported one by one and everything valid is kept; a file that is not a workbook is refused.
import { describe, expect, it } from 'vitest';
import { readFirstSheet, UnreadableSpreadsheetError, writeWorkbook } from '@/lib/spreadsheet';
import { workedExample } from '@/test/workedExample';
import { pasteColumns } from '../model/lineCells';
import { buildLinesTemplate, readLinesSpreadsheet } from './linesTemplate';

/** What a user does in Excel: keeps the template's header row and types lines under it. */
async function filledIn(rows: string[][]): Promise<Blob> {
  const [header] = await readFirstSheet(await buildLinesTemplate());
  return writeWorkbook([{ name: '产品生产明细', rows: [header ?? [], ...rows], header: true }]);
}

describe('the 产品生产明细 template', () => {
  it('has the form’s columns in the form’s order, and an instructions sheet', async () => {
    const sheet = await readFirstSheet(await buildLinesTemplate());
    expect(sheet).toEqual([
      [
        '原料名称',
        '原料HS编码',
        '原产国(地区)',
        '计量单位',
        '原料单价',
        '单位产品用料',
        '原料原产价值',
        '原料非原产价值',
      ],
    ]);
  });

  it('round-trips: the worked example’s lines filled in come back exactly', async () => {
    const lines = workedExample().lines.map(({ key: _key, ...line }) => line);
    const result = await readLinesSpreadsheet(
      await filledIn(lines.map((line) => pasteColumns.map((c) => line[c]))),
    );
    expect(result).toEqual({
      lines,
      sources: lines.map((_, i) => i + 2),
      header: 1,
      problems: [],
      normalised: [],
    });
  });

  it('reports bad rows by their spreadsheet row and keeps every valid one', async () => {
    const result = await readLinesSpreadsheet(
      await filledIn([
        ['铜线', '74081100', '智利', '千克', 'abc', '2', '0', '8'],
        ['塑料粒子', '39011000', '韩国', '千克', '3', '1', '0', '3'],
        ['螺丝', '73181500', '江苏省', '个', '０.５', '10', '5', '0'],
      ]),
    );
    expect(result.problems).toEqual([
      { row: 2, message: '第 2 行：原料单价应为数字（半角数字和小数点，如 12.5）（“abc”）' },
    ]);
    expect(result.lines.map((l) => l.materialName)).toEqual(['铜线', '塑料粒子', '螺丝']);
    expect(result.lines[2]?.unitPrice).toBe('0.5');
    expect(result.normalised).toEqual([4]);
  });

  it('refuses a file that is not a workbook, importing nothing', async () => {
    await expect(readLinesSpreadsheet(new Blob(['原料名称,原料单价\n铜线,3']))).rejects.toBeInstanceOf(
      UnreadableSpreadsheetError,
    );
  });
});
