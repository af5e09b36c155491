// The 产品成本明细单 as an .xlsx in the printed layout: title, letterhead, 产品信息, the lines with
// their column heads, the totals and percentages, the application's state, and the signature and
// 企业盖章 lines; A4 landscape. Cells are text, so amounts stay exact.
import type { Letterhead } from '@/components/print/letterhead';
import { lineLabels, productLabels, type Sheet } from '@/contract/sheet';
import { evaluateSheet, showAmount } from '@/domain/preReview/costSheet';
import { writeWorkbook, type WorkbookCell } from '@/lib/spreadsheet';
import { isNumericColumn, pasteColumns } from '../model/lineCells';
import type { PrintedApplication } from './printedApplication';

const WIDTH = pasteColumns.length + 1;
const bold = (value: string, span = 1): WorkbookCell => ({ value, bold: true, span });
const right = (value: string): WorkbookCell => ({ value, align: 'right' });
/** A row of label/value pairs, each value spanning what is left of its half. */
const pair = (label: string, value: string, label2: string, value2: string): WorkbookCell[] => [
  bold(label),
  { value, span: 3 },
  null,
  null,
  bold(label2),
  { value: value2, span: 4 },
  null,
  null,
  null,
];

export const costSheetFileName = (sheet: Sheet) =>
  `产品成本明细单-${(sheet.product.nameCn || '未命名产品').replace(/[\\/:*?"<>|]/g, '_')}.xlsx`;

export function buildCostSheetWorkbook(
  sheet: Sheet,
  letterhead: Letterhead | null,
  application: PrintedApplication,
): Promise<Blob> {
  const result = evaluateSheet(sheet, { forDeclare: false });
  const { product } = sheet;
  const rows: WorkbookCell[][] = [
    [{ value: '产品成本明细单', bold: true, span: WIDTH, align: 'center' }],
    pair('企业名称', letterhead?.enterpriseName ?? '—', '统一社会信用代码', letterhead?.uscc ?? '—'),
    pair('备案号', letterhead?.filingNo ?? '尚未备案', '预审编号', application.number),
    pair('申请状态', application.status, application.dateLabel, application.date),
    [],
    [bold('产品信息', WIDTH)],
    pair(productLabels.nameCn, product.nameCn, productLabels.nameEn, product.nameEn),
    pair(productLabels.model, product.model, productLabels.hsCode, product.hsCode),
    pair(productLabels.unit, product.unit, productLabels.currency, product.currency),
    pair(productLabels.exFactoryPrice, product.exFactoryPrice, productLabels.fobValue, product.fobValue),
    [bold(productLabels.hasImported), { value: product.hasImported, span: WIDTH - 1 }],
    [bold(productLabels.processing), { value: product.processing, span: WIDTH - 1 }],
    [],
    [bold('序号'), ...pasteColumns.map((column) => bold(lineLabels[column]))],
  ];
  const head = rows.length;
  sheet.lines.forEach((line, i) => {
    rows.push([
      right(String(i + 1)),
      ...pasteColumns.map((column) => (isNumericColumn(column) ? right(line[column]) : line[column])),
    ]);
  });
  rows.push(
    [
      { value: `合计（共 ${sheet.lines.length} 行）`, bold: true, span: WIDTH - 2, align: 'right' },
      ...Array<null>(WIDTH - 3).fill(null),
      right(showAmount(result.totalOrigin)),
      right(showAmount(result.totalNonOrigin)),
    ],
    [],
    [bold('原料价值合计', 3), null, null, right(showAmount(result.total))],
    [bold('非原产占出厂价的百分比', 3), null, null, right(result.exFactoryPercent)],
    [bold('非原产占 FOB 的百分比', 3), null, null, right(result.fobPercent)],
    [],
    ['企业声明：以上填写内容真实、准确。'],
    ['填表人（签字）：', null, null, null, '企业盖章：'],
    ['日期：'],
  );
  return writeWorkbook([
    {
      name: '产品成本明细单',
      rows,
      widths: [6, 22, 12, 14, 8, 12, 14, 14, 16],
      landscape: true,
      borders: { from: head - 1, to: head + sheet.lines.length + 1 },
    },
  ]);
}
