import { describe, expect, it } from 'vitest';
import { readFirstSheet, UnreadableSpreadsheetError, writeWorkbook, XLSX_TYPE } from './spreadsheet';

describe('spreadsheets', () => {
  it('writes an .xlsx that reads back cell for cell, Chinese text and decimals exactly', async () => {
    const rows = [
      ['原料名称', '原料单价', '备注'],
      ['合金钢棒', '12.5', ''],
      ['包装纸箱', '0.1', '浙江省'],
    ];
    const blob = await writeWorkbook([{ name: '产品生产明细', rows, header: true }]);
    expect(blob.type).toBe(XLSX_TYPE);
    const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
    expect([...head]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a ZIP container, as .xlsx is
    expect(await readFirstSheet(blob)).toEqual(rows);
  });

  it('says clearly when a file is not a spreadsheet', async () => {
    for (const bytes of [
      new Uint8Array([]),
      new TextEncoder().encode('%PDF-1.4'),
      new Uint8Array([0x50, 0x4b, 3, 4, 0]),
    ]) {
      await expect(readFirstSheet(new Blob([bytes]))).rejects.toBeInstanceOf(UnreadableSpreadsheetError);
    }
  });
});
