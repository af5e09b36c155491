// A block of cells in 产品生产明细, as a spreadsheet selects it: Shift with the arrows extends it
// from the cell it started at; Ctrl+C copies it as tab-separated text (what Excel and WPS paste,
// and what our own paste reads back: readTsv); Ctrl+D fills it down from its first line.
import type { Line } from '@/contract/sheet';
import { pasteColumns, type LineColumn } from './lineCells';
import type { Cell } from './gridMoves';

export interface Block {
  /** Where the selection started. */
  anchor: Cell;
  /** The cell the selection reaches (the focused one). */
  focus: Cell;
}

export interface BlockRange {
  top: number;
  bottom: number;
  columns: LineColumn[];
}

export function rangeOf({ anchor, focus }: Block): BlockRange {
  const a = pasteColumns.indexOf(anchor.column);
  const f = pasteColumns.indexOf(focus.column);
  return {
    top: Math.min(anchor.line, focus.line),
    bottom: Math.max(anchor.line, focus.line),
    columns: pasteColumns.slice(Math.min(a, f), Math.max(a, f) + 1),
  };
}

/** More than one cell: a single cell copies and fills as the input itself does. */
export const isMultiCell = (block: Block | null): block is Block =>
  block !== null && (block.anchor.line !== block.focus.line || block.anchor.column !== block.focus.column);

/** A cell as spreadsheets write it: quoted when it holds a tab, a line break or a quote. */
const tsvCell = (value: string) => (/[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The block as tab-separated text, a row per line. */
export function copyBlock(lines: readonly Line[], range: BlockRange): string {
  return lines
    .slice(range.top, range.bottom + 1)
    .map((line) => range.columns.map((column) => tsvCell(line[column])).join('\t'))
    .join('\n');
}

/** The lines with every cell of the block below its first line set to that line's value. */
export function fillBlockDown(lines: readonly Line[], range: BlockRange): Line[] {
  const source = lines[range.top];
  if (!source) return [...lines];
  return lines.map((line, i) => {
    if (i <= range.top || i > range.bottom) return line;
    const filled = { ...line };
    for (const column of range.columns) filled[column] = source[column];
    return filled;
  });
}
