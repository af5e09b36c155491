// The .xlsx template for 产品生产明细: the form's line columns in the form's order, with a sheet of
// instructions; and reading a filled-in copy back as lines with a row-by-row report.
import { readFirstSheet, writeWorkbook } from '@/lib/spreadsheet';
import { lineLabels } from '@/contract/sheet';
import { pasteColumns } from '../model/lineCells';
import { readImportRows, type ImportPreview } from '../model/importLines';

export const LINES_TEMPLATE_NAME = '产品生产明细模板.xlsx';

const header = pasteColumns.map((column) => lineLabels[column]);

const instructions: string[][] = [
  ['产品生产明细模板 · 填写说明（演示资料）'],
  [''],
  ['1. 在第一个工作表“产品生产明细”中，每种原料填写一行，表头行请勿删除或调整列顺序。'],
  [
    '2. 原料单价、原料原产价值、原料非原产价值最多 4 位小数；单位产品用料最多 6 位小数；不要填写千分位以外的符号。',
  ],
  ['3. 每行须满足：原料单价 × 单位产品用料（四舍五入到 4 位小数）= 原料原产价值 + 原料非原产价值。'],
  [
    '4. 原料非原产价值大于 0 的行，必须填写原料HS编码。原产国(地区)：国产原料填写省份，进口原料填写国家或地区。',
  ],
  [
    '5. 填好后在“产品预审”的产品生产明细中选择“从表格导入”：导入前会先预览将要导入的行，无法读取的单元格按行号列出；可选择追加到现有明细之后或替换现有明细。',
  ],
  [''],
  ['示例（请勿填入第一个工作表）：'],
  header,
  ['合金钢棒', '72285000', '日本', '千克', '12.5', '2', '10', '15'],
  ['包装纸箱', '', '浙江省', '个', '0.1', '3', '0.3', '0'],
];

export function buildLinesTemplate(): Promise<Blob> {
  return writeWorkbook([
    { name: '产品生产明细', rows: [header], header: true, widths: [18, 14, 14, 10, 12, 14, 14, 16] },
    { name: '填写说明', rows: instructions, widths: [110] },
  ]);
}

/** A filled-in template (its first sheet) as lines; throws UnreadableSpreadsheetError for a non-.xlsx file. */
export async function readLinesSpreadsheet(file: Blob): Promise<ImportPreview> {
  return readImportRows(await readFirstSheet(file));
}
