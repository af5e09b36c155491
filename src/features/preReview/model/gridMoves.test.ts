import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveFrom, type KeyPress } from './gridMoves';
import { pasteColumns } from './lineCells';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  modified: false,
  caretAtStart: true,
  caretAtEnd: true,
  ...more,
});

describe('moving between the cells of 产品生产明细', () => {
  it('moves up and down a column with the arrows and Enter, and stops at the edges', () => {
    const at = { line: 1, column: 'unitPrice' as const };
    expect(moveFrom(at, press('ArrowDown'), 3)).toEqual({ line: 2, column: 'unitPrice' });
    expect(moveFrom(at, press('Enter'), 3)).toEqual({ line: 2, column: 'unitPrice' });
    expect(moveFrom(at, press('Enter', { shiftKey: true }), 3)).toEqual({ line: 0, column: 'unitPrice' });
    expect(moveFrom({ ...at, line: 2 }, press('ArrowDown'), 3)).toBeNull();
    expect(moveFrom({ ...at, line: 0 }, press('ArrowUp'), 3)).toBeNull();
  });

  it('Tab runs along the line and on to the next; Shift+Tab back to the previous line’s last cell', () => {
    expect(moveFrom({ line: 0, column: 'nonOriginValue' }, press('Tab'), 2)).toEqual({
      line: 1,
      column: 'materialName',
    });
    expect(moveFrom({ line: 1, column: 'materialName' }, press('Tab', { shiftKey: true }), 2)).toEqual({
      line: 0,
      column: 'nonOriginValue',
    });
    // Past the last cell of the sheet, Tab leaves it as it would any field.
    expect(moveFrom({ line: 1, column: 'nonOriginValue' }, press('Tab'), 2)).toBeNull();
  });

  it('left and right leave a cell only from the end of its text, and never with Ctrl', () => {
    const at = { line: 0, column: 'origin' as const };
    expect(moveFrom(at, press('ArrowLeft', { caretAtStart: false }), 1)).toBeNull();
    expect(moveFrom(at, press('ArrowLeft'), 1)).toEqual({ line: 0, column: 'materialHs' });
    expect(moveFrom(at, press('ArrowRight', { caretAtEnd: false }), 1)).toBeNull();
    expect(moveFrom(at, press('ArrowDown', { modified: true }), 3)).toBeNull();
  });

  it('property: Tab then Shift+Tab comes back to the same cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(), fc.nat(), (count, line, col) => {
        const at = { line: line % count, column: pasteColumns[col % pasteColumns.length] ?? 'materialName' };
        const next = moveFrom(at, press('Tab'), count);
        if (next) expect(moveFrom(next, press('Tab', { shiftKey: true }), count)).toEqual(at);
      }),
    );
  });
});
