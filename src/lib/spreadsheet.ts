// Spreadsheets (.xlsx) through write-excel-file and read-excel-file, loaded only when a sheet is
// written or read (never part of the entry chunk). Cells are read back as the text stored in the
// file, so amounts stay exact decimals (no binary floats in between).

import type { Cell, Sheet } from 'write-excel-file/universal';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorksheetSpec {
  name: string;
  rows: (string | null)[][];
  /** Column widths in characters. */
  widths?: number[];
  /** The first row is a header: bold. */
  header?: boolean;
}

export async function writeWorkbook(sheets: readonly WorksheetSpec[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const cell = (value: string | null, bold: boolean): Cell =>
    value === null ? null : bold ? { value, type: String, fontWeight: 'bold' } : { value, type: String };
  const workbook: Sheet<Blob>[] = sheets.map((sheet) => ({
    sheet: sheet.name,
    columns: sheet.widths?.map((width) => ({ width })),
    data: sheet.rows.map((row, r) => row.map((value) => cell(value, Boolean(sheet.header) && r === 0))),
  }));
  return new Blob([await writeXlsxFile(workbook).toBlob()], { type: XLSX_TYPE });
}

/** Thrown when a file is not a readable .xlsx workbook. */
export class UnreadableSpreadsheetError extends Error {}

/** The first worksheet's cells as text (empty cells as ''), row by row. */
export async function readFirstSheet(file: Blob): Promise<string[][]> {
  const { readSheet } = await import('read-excel-file/universal');
  let rows: unknown[][];
  try {
    rows = await readSheet(await file.arrayBuffer(), { parseNumber: (text: string) => text });
  } catch (error) {
    throw new UnreadableSpreadsheetError(error instanceof Error ? error.message : String(error));
  }
  return rows.map((row) =>
    row.map((cell) =>
      cell === null || cell === undefined
        ? ''
        : cell instanceof Date
          ? cell.toISOString().slice(0, 10)
          : String(cell),
    ),
  );
}
