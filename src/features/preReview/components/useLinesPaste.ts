// Lines that arrive in bulk: a block copied from a spreadsheet and pasted into a cell (filled
// from there rightwards and down, in one change of the lines; a single value is left to the
// input, as any paste), and rows imported through the preview (PasteDialog). Each says what it
// did in a report; past the line limit the report offers to keep the first lines only.
import { useState, type ClipboardEvent, type ComponentProps } from 'react';
import type { UseFieldArrayReplace, UseFormGetValues } from 'react-hook-form';
import { MAX_LINES, type Line, type Sheet } from '@/contract/sheet';
import { filledCount, importInto, type ImportMode, type ImportPreview } from '../model/importLines';
import { linesOver, upToLimit } from '../model/lineLimit';
import { describePaste, isBlock, pasteBlock } from '../model/pasteBlock';
import { cellOf } from '../model/sheetFieldId';
import type { ImportReport } from './ImportReport';
import type { FocusCell } from './useFocusCell';

/** What the sheet says after a paste or an import (the report's own props). */
export type SheetReport = Omit<ComponentProps<typeof ImportReport>, 'onClose'>;

interface LinesPasteOptions {
  getValues: UseFormGetValues<Sheet>;
  replace: UseFieldArrayReplace<Sheet, 'lines'>;
  focusCell: FocusCell;
  newLine: () => Line;
  newKey: () => string;
}

export function useLinesPaste({ getValues, replace, focusCell, newLine, newKey }: LinesPasteOptions) {
  const [report, setReport] = useState<SheetReport | null>(null);

  /** The report of a paste or import that left `lines`: with the limit's word when past it. */
  const reportOn = (lines: readonly Line[], said: SheetReport): SheetReport => {
    const over = linesOver(filledCount(lines));
    if (over === 0) return said;
    const onTrim = () => {
      const all = getValues('lines');
      const kept = upToLimit(all);
      replace(kept);
      setReport({
        title: `已只保留前 ${MAX_LINES} 行，删除了其后的 ${all.length - kept.length} 行（可撤销）`,
        problems: [],
        normalised: [],
      });
    };
    return { ...said, limit: { over, onTrim } };
  };

  const onPaste = (event: ClipboardEvent<HTMLElement>) => {
    const at = cellOf(event.target);
    const text = event.clipboardData.getData('text/plain');
    if (!at || !isBlock(text)) return;
    event.preventDefault();
    const result = pasteBlock(getValues('lines'), at, text, newLine);
    replace(result.lines);
    setReport(
      reportOn(result.lines, {
        title: describePaste(result),
        problems: result.problems,
        normalised: result.normalised,
      }),
    );
    // The rows are rendered anew: give the focus back to the cell the block was pasted into.
    requestAnimationFrame(() => focusCell(at.line, at.column));
  };

  const onImport = (preview: ImportPreview, mode: ImportMode) => {
    const { lines, summary } = importInto(getValues('lines'), preview, mode, newKey);
    replace(lines);
    setReport(reportOn(lines, { ...summary, problems: preview.problems, normalised: preview.normalised }));
  };

  return { report, closeReport: () => setReport(null), onPaste, onImport };
}
