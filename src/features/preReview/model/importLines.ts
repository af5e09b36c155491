// 从表格导入: whole rows copied from Excel or WPS, or read from a filled-in .xlsx template, read
// as new lines for a preview before they go into the sheet. They are read as a block pasted at
// the first cell of an empty sheet (one reading of a copied row, with its header and blank rows
// skipped), and a row with fewer cells than the columns is said: a copy that missed columns
// would otherwise shift nothing and fill only the first ones, unnoticed.
import { defineFields } from '@/contract/fieldTable';
import { blankLine, lineLabels, type Line } from '@/contract/sheet';
import { isBlankLine } from '@/domain/preReview/costSheet';
import { fillBlock, readTsv } from './pasteBlock';
import { pasteColumns, type PasteProblem } from './lineCells';

export type ImportedLine = Omit<Line, 'key'>;

/** Append after the sheet's filled lines, or put in place of all of them. */
export type ImportMode = 'append' | 'replace';

/** 从表格导入's own fields: the rows pasted, and whether they go after the sheet's lines or instead. */
export const pasteFields = defineFields({
  text: { label: '粘贴表格内容', multiline: true },
  mode: { label: '导入方式', choice: true },
});
export interface PasteForm {
  text: string;
  mode: ImportMode;
}

export interface ImportPreview {
  lines: ImportedLine[];
  /** The source row of each line, as the user sees it in the spreadsheet. */
  sources: number[];
  /** The source row of a header that was skipped. */
  header: number | null;
  problems: PasteProblem[];
  /** Source rows whose full-width characters were made half-width. */
  normalised: number[];
}

const columnList = pasteColumns.map((c) => lineLabels[c]).join('、');

/** Rows of cells, row numbers counted from 1 as the user sees them. */
export function readImportRows(rows: readonly (readonly string[])[]): ImportPreview {
  const filled = fillBlock([], { line: 0, column: pasteColumns[0] }, rows, () => blankLine(''));
  const short: PasteProblem[] = filled.sources.flatMap((row) => {
    const cells = rows[row - 1] ?? [];
    return cells.length < pasteColumns.length
      ? [
          {
            row,
            message: `第 ${row} 行只有 ${cells.length} 列，应为 ${pasteColumns.length} 列（${columnList}）：已按顺序填入前 ${cells.length} 列，请核对`,
          },
        ]
      : [];
  });
  return {
    lines: filled.lines.map(({ key: _key, ...line }) => line),
    sources: filled.sources,
    header: filled.header,
    problems: [...filled.problems, ...short].sort((a, b) => a.row - b.row),
    normalised: filled.normalised,
  };
}

/** Tab-separated text, as Excel and WPS copy it. */
export function readPastedRows(text: string): ImportPreview {
  return readImportRows(readTsv(text));
}

/** The lines that are not blank (a blank line is no line: docs/domain.md F3). */
export const filledCount = (lines: readonly Line[]) => lines.filter((line) => !isBlankLine(line)).length;

/**
 * The sheet after an import, and what to tell the user: appended after its last filled line
 * (blank lines at its end, such as a new sheet's first one, are not kept before the import), or
 * in place of all of it.
 */
export function importInto(
  current: readonly Line[],
  preview: ImportPreview,
  mode: ImportMode,
  newKey: () => string,
): { lines: Line[]; summary: { title: string; hint: string } } {
  const imported = preview.lines.map((line) => ({ ...line, key: newKey() }));
  let kept = mode === 'replace' ? 0 : current.length;
  while (kept > 0 && isBlankLine(current[kept - 1] as Line)) kept -= 1;
  const lines = [...current.slice(0, kept), ...imported];
  const span = imported.length === 1 ? `第 ${kept + 1} 行` : `第 ${kept + 1}–${lines.length} 行`;
  const before = filledCount(current);
  const replaced = mode === 'replace' && before > 0 ? `，替换了原有 ${before} 行` : '';
  return {
    lines,
    summary: {
      title: `已导入 ${imported.length} 行（${span}${replaced}）`,
      hint: '以下行号是导入表格中的行号。',
    },
  };
}
