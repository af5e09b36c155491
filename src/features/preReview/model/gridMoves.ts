// Where a key takes the focus in 产品生产明细, as in a spreadsheet: arrows up and down and Enter
// (Shift+Enter up) move between lines in a column; Tab and Shift+Tab move along the line and on
// to the next (or previous) one; left and right arrows leave a cell only from the end of its text,
// so that they still move the caret while a value is being edited.
import { pasteColumns, type LineColumn } from './lineCells';

export interface Cell {
  line: number;
  column: LineColumn;
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  /** Ctrl, Alt or Meta held: the key belongs to the browser or another shortcut. */
  modified: boolean;
  /** The caret is at the start (and end) of the cell's text, with nothing selected inside it. */
  caretAtStart: boolean;
  caretAtEnd: boolean;
}

/** The cell a key moves to, or null when the key is not a move (or would leave the sheet). */
export function moveFrom(at: Cell, press: KeyPress, lineCount: number): Cell | null {
  if (press.modified) return null;
  const column = pasteColumns.indexOf(at.column);
  const last = pasteColumns.length - 1;
  const to = (line: number, col: number): Cell | null =>
    line < 0 || line >= lineCount ? null : { line, column: pasteColumns[col] as LineColumn };
  switch (press.key) {
    case 'ArrowUp':
      return to(at.line - 1, column);
    case 'ArrowDown':
      return to(at.line + 1, column);
    case 'Enter':
      return to(at.line + (press.shiftKey ? -1 : 1), column);
    case 'ArrowLeft':
      return press.caretAtStart && column > 0 ? to(at.line, column - 1) : null;
    case 'ArrowRight':
      return press.caretAtEnd && column < last ? to(at.line, column + 1) : null;
    case 'Tab':
      if (press.shiftKey) return column > 0 ? to(at.line, column - 1) : to(at.line - 1, last);
      return column < last ? to(at.line, column + 1) : to(at.line + 1, 0);
    default:
      return null;
  }
}
