import { isLineColumn, type LineColumn } from '../model/pasteLines';

/** The DOM id of a sheet field, e.g. `sheet-lines-3-unitPrice`, for labels and "go to" links. */
export function sheetFieldId(path: string): string {
  return `sheet-${path.replace(/\./g, '-')}`;
}

/** The line cell an element is (its form name `lines.3.unitPrice`), if it is one. */
export function cellOf(target: EventTarget): { line: number; column: LineColumn } | null {
  const name = target instanceof HTMLElement ? target.getAttribute('name') : null;
  const match = name ? /^lines\.(\d+)\.(\w+)$/.exec(name) : null;
  const column = match?.[2];
  if (!match || !column || !isLineColumn(column)) return null;
  return { line: Number(match[1]), column };
}
