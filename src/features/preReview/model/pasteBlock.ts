// A block copied from Excel, WPS or another sheet, pasted at a cell of 产品生产明细: it fills from
// that cell rightwards and down, adding lines as needed, as a spreadsheet does. A header row is
// recognised and skipped, blank rows are skipped, numbers are read as the import reads them
// (half-width, no thousands separators), and whatever could not be read is reported by the row
// it had in the copied block. Nothing is dropped silently: cells past the last column are said.
import { lineLabels, type Line } from '@/contract/sheet';
import { pasteColumns, readCell, type LineColumn, type PasteProblem } from './lineCells';

export interface BlockPasteResult {
  lines: Line[];
  /** The first and last line (0-based) the block filled. */
  first: number;
  last: number;
  /** How many lines were added at the end for the block. */
  added: number;
  /** The source row of a header that was skipped. */
  header: number | null;
  /** The source row (1-based) each filled line came from, in order. */
  sources: number[];
  problems: PasteProblem[];
  /** Source rows whose full-width characters were made half-width. */
  normalised: number[];
}

/**
 * Tab-separated text as spreadsheets copy it: rows by line break, cells by tab; a cell holding a
 * tab, a line break or a quote comes quoted ("…", with "" for a quote), and the copy usually ends
 * with one line break.
 */
export function readTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const source = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  while (i <= source.length) {
    const c = source[i];
    if (cell === '' && c === '"' && source.indexOf('"', i + 1) !== -1) {
      // A quoted cell runs to the quote that is not doubled.
      let j = i + 1;
      let quoted = '';
      while (j < source.length) {
        if (source[j] === '"' && source[j + 1] === '"') {
          quoted += '"';
          j += 2;
        } else if (source[j] === '"') break;
        else quoted += source[j++];
      }
      const next = source[j + 1];
      if (next === undefined || next === '\t' || next === '\n') {
        cell = quoted;
        i = j + 1;
        continue;
      }
      // A quote inside an unquoted cell: take it as typed.
    }
    if (c === undefined || c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c === '\t') {
      row.push(cell);
      cell = '';
    } else cell += c;
    i += 1;
  }
  return rows;
}

/** Whether pasted text is a block (more than one cell) rather than one value for one field. */
export function isBlock(text: string): boolean {
  const rows = readTsv(text);
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}

const labelSet = new Set<string>(pasteColumns.map((column) => lineLabels[column]));

/** A row of column names (any of them, in any order): what a copied header looks like. */
function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return filled.length > 0 && filled.every((cell) => labelSet.has(cell) || cell === '序号');
}

const blank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Tab-separated text pasted at a cell. */
export function pasteBlock(
  lines: readonly Line[],
  at: { line: number; column: LineColumn },
  text: string,
  newLine: () => Line,
): BlockPasteResult {
  return fillBlock(lines, at, readTsv(text), newLine);
}

/** Rows of cells (copied, or read from a workbook) filled in at a cell, rightwards and down. */
export function fillBlock(
  lines: readonly Line[],
  at: { line: number; column: LineColumn },
  rows: readonly (readonly string[])[],
  newLine: () => Line,
): BlockPasteResult {
  const start = pasteColumns.indexOf(at.column);
  const width = pasteColumns.length - start;
  const next = [...lines];
  const result: BlockPasteResult = {
    lines: next,
    first: at.line,
    last: at.line - 1,
    added: 0,
    header: null,
    sources: [],
    problems: [],
    normalised: [],
  };
  let target = at.line;
  rows.forEach((raw, index) => {
    const row = index + 1;
    if (blank(raw)) return;
    if (result.header === null && target === at.line && isHeaderRow(raw)) {
      result.header = row;
      return;
    }
    // Spreadsheets pad rows with empty cells: trailing empties past the last column do not count.
    const cells = [...raw];
    while (cells.length > width && cells.at(-1)?.trim() === '') cells.pop();
    if (cells.length > width) {
      result.problems.push({
        row,
        message: `第 ${row} 行有 ${cells.length} 列，从“${lineLabels[at.column]}”起只能粘贴 ${width} 列，其后 ${cells.length - width} 列未粘贴`,
      });
    }
    while (next.length <= target) {
      next.push(newLine());
      result.added += 1;
    }
    const line = { ...(next[target] as Line) };
    let normalised = false;
    cells.slice(0, width).forEach((rawCell, i) => {
      const column = pasteColumns[start + i] as LineColumn;
      const cell = readCell(column, rawCell, row);
      line[column] = cell.value;
      normalised = normalised || cell.normalised;
      if (cell.problem) result.problems.push({ row, message: cell.problem });
    });
    if (normalised) result.normalised.push(row);
    next[target] = line;
    result.sources.push(row);
    result.last = target;
    target += 1;
  });
  return result;
}

/** What a paste did, in a sentence: which lines it filled, how many it added, a header skipped. */
export function describePaste(result: BlockPasteResult): string {
  if (result.last < result.first) return '粘贴的内容没有可填入的行';
  const span =
    result.first === result.last
      ? `第 ${result.first + 1} 行`
      : `第 ${result.first + 1}–${result.last + 1} 行`;
  const added = result.added > 0 ? `（新增 ${result.added} 行）` : '';
  const header = result.header === null ? '' : `，已跳过表头（复制内容第 ${result.header} 行）`;
  return `已粘贴到${span}${added}${header}`;
}
