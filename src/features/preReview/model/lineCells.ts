// A line's cells as a spreadsheet gives them (pasted or imported): the columns in the form's
// order, and each cell read as its column reads it — full-width digits made half-width, visibly;
// a number that cannot be read kept as it came and reported by its source row, for the user to fix.
import { alignDecimals, amountProblemMessage, parseAmount } from '@/domain/decimal';
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

/** An amount or quantity column: read as a decimal, shown right-aligned. */
export const isNumericColumn = (column: LineColumn): boolean => Object.hasOwn(numericColumns, column);

/** The fewest decimals a numeric column shows: money with its 分 (2.60), a quantity as typed. */
const shownDecimals: Partial<Record<LineColumn, number>> = {
  unitPrice: 2,
  quantity: 0,
  originValue: 2,
  nonOriginValue: 2,
};

/**
 * The lines as a read-only table shows them: each numeric column written with one number of
 * decimals so that, right-aligned, its values line up on the point. The values are unchanged.
 */
export function linesForDisplay<L extends Line>(lines: readonly L[]): L[] {
  const shown = lines.map((line) => ({ ...line }));
  for (const column of pasteColumns) {
    const min = shownDecimals[column];
    if (min === undefined) continue;
    alignDecimals(
      lines.map((line) => line[column]),
      min,
    ).forEach((text, i) => {
      (shown[i] as L)[column] = text as L[typeof column];
    });
  }
  return shown;
}

export interface PasteProblem {
  /** 1-based row of the pasted text. */
  row: number;
  message: string;
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
