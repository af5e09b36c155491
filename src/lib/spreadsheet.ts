// Spreadsheets (.xlsx) through write-excel-file and read-excel-file, loaded only when a sheet is
// written or read (never part of the entry chunk). Cells are read back as the text stored in the
// file, so amounts stay exact decimals (no binary floats in between).

import type { Cell, Sheet } from 'write-excel-file/universal';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A text cell, or one with its style; null is a cell covered by a span (or left empty). */
export type WorkbookCell =
  string | null | { value: string; bold?: boolean; span?: number; align?: 'left' | 'center' | 'right' };

export interface WorksheetSpec {
  name: string;
  rows: WorkbookCell[][];
  /** Column widths in characters. */
  widths?: number[];
  /** The first row is a header: bold. */
  header?: boolean;
  /** Printed on A4 landscape. */
  landscape?: boolean;
  /** Rows [from, to) drawn with thin borders (a printed form's table). */
  borders?: { from: number; to: number };
}

export async function writeWorkbook(sheets: readonly WorksheetSpec[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const cell = (spec: WorkbookCell, bold: boolean, bordered: boolean): Cell => {
    if (spec === null) return bordered ? { value: '', type: String, borderStyle: 'thin' } : null;
    const { value, span, align, ...style } = typeof spec === 'string' ? { value: spec } : spec;
    return {
      value,
      type: String,
      wrap: true,
      ...(bold || style.bold ? { fontWeight: 'bold' as const } : {}),
      ...(span && span > 1 ? { columnSpan: span } : {}),
      ...(align ? { align } : {}),
      ...(bordered ? { borderStyle: 'thin' } : {}),
    };
  };
  const workbook: Sheet<Blob>[] = sheets.map((sheet) => ({
    sheet: sheet.name,
    columns: sheet.widths?.map((width) => ({ width })),
    ...(sheet.landscape ? { orientation: 'landscape' as const } : {}),
    data: sheet.rows.map((row, r) => {
      const bordered = sheet.borders !== undefined && r >= sheet.borders.from && r < sheet.borders.to;
      // Cells a span covers must stay null; other empty cells of a bordered row get their border.
      let covered = 0;
      return row.map((value) => {
        const inSpan = covered > 0;
        covered = Math.max(
          covered - 1,
          value !== null && typeof value !== 'string' ? (value.span ?? 1) - 1 : 0,
        );
        return inSpan ? null : cell(value, Boolean(sheet.header) && r === 0, bordered);
      });
    }),
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
