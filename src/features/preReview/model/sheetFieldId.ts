import { isLineColumn, type LineColumn } from './lineCells';

/** The DOM id of a sheet field, e.g. `sheet-lines-3-unitPrice`, for labels and "go to" links. */
export function sheetFieldId(path: string): string {
  return `sheet-${path.replace(/\./g, '-')}`;
}

export interface CellAt {
  line: number;
  column: LineColumn;
}

/** The line cell a sheet path names (`lines.3.unitPrice`), if it names one. */
export function cellAt(path: string): CellAt | null {
  const match = /^lines\.(\d+)\.(\w+)$/.exec(path);
  const column = match?.[2];
  if (!match || !column || !isLineColumn(column)) return null;
  return { line: Number(match[1]), column };
}

/** The line cell an element is (by its form name), if it is one. */
export function cellOf(target: EventTarget): CellAt | null {
  const name = target instanceof HTMLElement ? target.getAttribute('name') : null;
  return name ? cellAt(name) : null;
}
