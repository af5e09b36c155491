// 产品生产明细's limit (sheetFields.lines.maxRows, counted over filled lines: a blank line is no
// line) where it bites: a paste or an import that goes past it says so at once, and the user
// chooses between the lines up to the limit and all of them, the sheet marked as over until
// lines are removed. Nothing is cut without being asked.
import { MAX_LINES, sheetFields, type Line } from '@/contract/sheet';
import { isBlankLine } from '@/domain/preReview/costSheet';
import type { ImportPreview } from './importLines';

/** How many filled lines are past the limit (0 within it). */
export const linesOver = (filled: number): number => Math.max(0, filled - MAX_LINES);

/** By how much the sheet is over its limit, in words. */
export const overLimitText = (over: number): string =>
  `超出${sheetFields.lines.label}上限 ${over} 行（最多 ${MAX_LINES} 行）`;

/** The sheet's mark while it is over: what is wrong and what to do. */
export const overLimitMessage = (over: number): string =>
  `${overLimitText(over)}，删除多出的行后才能暂存或申报`;

/** The paste or import report's word on the limit, with the two ways on. */
export const pastLimitReport = (over: number): string =>
  `${overLimitText(over)}。内容都已保留：可以只保留前 ${MAX_LINES} 行，或保留全部，删除多出的行后再暂存或申报。`;

/** The lines up to the limit's last filled line; what follows it is left out. */
export function upToLimit(lines: readonly Line[]): Line[] {
  let filled = 0;
  let end = 0;
  while (end < lines.length && filled < MAX_LINES) {
    if (!isBlankLine(lines[end] as Line)) filled += 1;
    end += 1;
  }
  return lines.slice(0, end);
}

/** An import's first `count` lines, with only the problems of the rows they came from. */
export function firstLinesOf(preview: ImportPreview, count: number): ImportPreview {
  const lastRow = preview.sources[count - 1] ?? 0;
  return {
    ...preview,
    lines: preview.lines.slice(0, count),
    sources: preview.sources.slice(0, count),
    problems: preview.problems.filter((problem) => problem.row <= lastRow),
    normalised: preview.normalised.filter((row) => row <= lastRow),
  };
}
