// Lines pasted from a spreadsheet (Excel or WPS copy tab-separated rows). Every row with the
// right number of cells becomes a line, as typed (full-width digits made half-width, visibly);
// cells that cannot be read are reported row by row and left for the user to fix. Nothing
// readable is dropped.
import { amountProblemMessage, parseAmount } from '@/domain/decimal';
import { lineLabels, QUANTITY_DECIMALS, VALUE_DECIMALS, type Line } from '@/contract/sheet';

/** The column order of a pasted row: the order of the form (and of the .xlsx template). */
export const pasteColumns = [
  'materialName',
  'materialHs',
  'origin',
  'unit',
  'unitPrice',
  'quantity',
  'originValue',
  'nonOriginValue',
] as const satisfies readonly Exclude<keyof Line, 'key'>[];

const numericColumns: Partial<Record<(typeof pasteColumns)[number], number>> = {
  unitPrice: VALUE_DECIMALS,
  quantity: QUANTITY_DECIMALS,
  originValue: VALUE_DECIMALS,
  nonOriginValue: VALUE_DECIMALS,
};

export interface PasteProblem {
  /** 1-based row of the pasted text. */
  row: number;
  message: string;
}

export interface PasteResult {
  lines: Omit<Line, 'key'>[];
  problems: PasteProblem[];
  /** Rows whose full-width characters were made half-width. */
  normalised: number[];
}

/** Full-width digits, point, minus and comma (common in Chinese input) as their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e\uff0d\uff0c]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Thousands separators are common in copied amounts: 1,234.5 → 1234.5. */
function cleanNumber(cell: string): string {
  return toHalfWidth(cell).replace(/,/g, '').trim();
}

function isHeader(cells: readonly string[]): boolean {
  return cells[0]?.trim() === lineLabels.materialName;
}

export type LineColumn = (typeof pasteColumns)[number];

export const isLineColumn = (name: string): name is LineColumn =>
  (pasteColumns as readonly string[]).includes(name);

export interface ReadCell {
  /** What goes into the field: trimmed; a number without its thousands separators, half-width. */
  value: string;
  /** Full-width characters were made half-width. */
  normalised: boolean;
  /** Why a number cannot be read (the cell is kept as it came, for the user to fix). */
  problem?: string;
}

/** One pasted or imported cell as its column reads it; `row` is the source row, for the message. */
export function readCell(column: LineColumn, raw: string, row: number): ReadCell {
  const trimmed = raw.trim();
  const decimals = Object.hasOwn(numericColumns, column) ? numericColumns[column] : undefined;
  if (decimals === undefined) return { value: trimmed, normalised: false };
  const value = cleanNumber(trimmed);
  const normalised = toHalfWidth(trimmed) !== trimmed;
  const parsed = parseAmount(value, decimals);
  if (parsed.ok || parsed.problem === 'empty') return { value, normalised };
  return {
    value,
    normalised,
    problem: `第 ${row} 行：${amountProblemMessage(lineLabels[column], parsed.problem, decimals)}（“${trimmed}”）`,
  };
}

/** Tab-separated rows, as Excel and WPS copy them. */
export function parsePastedLines(text: string): PasteResult {
  return parseRows(
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((raw) => (raw.trim() === '' ? [] : raw.split('\t'))),
  );
}

/**
 * Rows of cells (pasted, or read from the .xlsx template), row numbers counted from 1 as the
 * user sees them; empty rows are skipped, a header row first is recognised and skipped.
 */
export function parseRows(rows: readonly (readonly string[])[]): PasteResult {
  const result: PasteResult = { lines: [], problems: [], normalised: [] };
  rows.forEach((rowCells, index) => {
    const row = index + 1;
    // Spreadsheets pad short rows with empty cells: trailing empties beyond the columns do not count.
    const cells = [...rowCells];
    while (cells.length > pasteColumns.length && cells.at(-1)?.trim() === '') cells.pop();
    if (cells.every((cell) => cell.trim() === '')) return;
    if (index === 0 && isHeader(cells)) return;
    if (cells.length !== pasteColumns.length) {
      result.problems.push({
        row,
        message: `第 ${row} 行有 ${cells.length} 列，应为 ${pasteColumns.length} 列（${pasteColumns.map((c) => lineLabels[c]).join('、')}），未导入`,
      });
      return;
    }
    const line = {} as Omit<Line, 'key'>;
    let normalised = false;
    pasteColumns.forEach((column, i) => {
      const cell = readCell(column, cells[i] ?? '', row);
      line[column] = cell.value;
      normalised = normalised || cell.normalised;
      if (cell.problem) result.problems.push({ row, message: cell.problem });
    });
    if (normalised) result.normalised.push(row);
    result.lines.push(line);
  });
  return result;
}
