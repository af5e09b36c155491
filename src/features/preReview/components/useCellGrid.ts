// The sheet as a keyboard grid: the arrows, Enter and Tab move between cells as a spreadsheet
// does (Enter never submits 申报); Shift and the arrows select a block, which Ctrl+C copies as
// tab-separated text and Ctrl+D fills down (in one cell: from the cell above).
import { useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { UseFieldArrayReplace, UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { Sheet } from '@/contract/sheet';
import { copyBlock, fillBlockDown, isMultiCell, rangeOf, type Block } from '../model/cellBlock';
import { moveFrom } from '../model/gridMoves';
import { withCtrl } from '../model/shortcuts';
import { cellOf } from '../model/sheetFieldId';
import type { FocusCell } from './useFocusCell';

interface CellGridOptions {
  lineCount: number;
  getValues: UseFormGetValues<Sheet>;
  setValue: UseFormSetValue<Sheet>;
  replace: UseFieldArrayReplace<Sheet, 'lines'>;
  focusCell: FocusCell;
}

export function useCellGrid({ lineCount, getValues, setValue, replace, focusCell }: CellGridOptions) {
  const [block, setBlock] = useState<Block | null>(null);
  const range = useMemo(() => (isMultiCell(block) ? rangeOf(block) : null), [block]);

  const onCopy = (event: ClipboardEvent<HTMLElement>) => {
    if (!range) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', copyBlock(getValues('lines'), range));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const at = cellOf(event.target);
    // While an input method composes (拼音), Enter and the arrows are its own.
    if (!at || event.nativeEvent.isComposing || !(event.target instanceof HTMLInputElement)) return;
    if (event.key === 'Enter') event.preventDefault();
    const shortcut = withCtrl(event);
    if (shortcut === 'd') {
      event.preventDefault();
      if (isMultiCell(block)) {
        replace(fillBlockDown(getValues('lines'), rangeOf(block)));
        requestAnimationFrame(() => focusCell(at.line, at.column));
      } else if (at.line > 0) {
        const above = getValues(`lines.${at.line - 1}.${at.column}`);
        setValue(`lines.${at.line}.${at.column}`, above, { shouldDirty: true });
      }
      return;
    }
    // Copying keeps the block; any other key (Shift alone included) is handled below.
    if (shortcut === 'c' || event.key === 'Shift' || event.key === 'Control' || event.key === 'Meta') return;
    const { selectionStart: from, selectionEnd: to, value } = event.target;
    const whole = from === 0 && to === value.length;
    const arrow = event.key.startsWith('Arrow');
    const press = {
      key: event.key,
      // Shift with an arrow extends the block; it moves as the arrow alone would.
      shiftKey: arrow ? false : event.shiftKey,
      modified: event.ctrlKey || event.altKey || event.metaKey,
      caretAtStart: from === 0 && (to === 0 || whole),
      caretAtEnd: to === value.length && (from === value.length || whole),
    };
    const next = moveFrom(at, press, lineCount);
    if (arrow && event.shiftKey && next) {
      event.preventDefault();
      setBlock({ anchor: block?.anchor ?? at, focus: next });
      focusCell(next.line, next.column, { select: true });
      return;
    }
    setBlock(null);
    if (!next) return;
    event.preventDefault();
    focusCell(next.line, next.column, { select: true });
  };

  /** A click without Shift ends the block. */
  const onPointerDown = (event: { shiftKey: boolean }) => {
    if (!event.shiftKey) setBlock(null);
  };

  return { range, onCopy, onKeyDown, onPointerDown };
}
