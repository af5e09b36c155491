// Focusing a cell of 产品生产明细, wherever its line is: a line not rendered yet (the body is
// virtualised) is scrolled into view first, and focused once the virtualiser has drawn it.
import { useCallback, type RefObject } from 'react';
import { sheetFieldId } from '../model/sheetFieldId';
import type { LinesBodyHandle } from './LinesBody';

export interface FocusOptions {
  /** As a spreadsheet: a cell moved to is selected, so typing replaces what it holds. */
  select?: boolean;
  /** 'center' scrolls the line to the middle even when it is in view (for 定位). */
  align?: 'auto' | 'center';
}

export type FocusCell = (line: number, field: string, options?: FocusOptions) => void;

export function useFocusCell(body: RefObject<LinesBodyHandle | null>): FocusCell {
  return useCallback(
    (line, field, { select = false, align = 'auto' } = {}) => {
      const focus = () => {
        const input = document.getElementById(sheetFieldId(`lines.${line}.${field}`));
        input?.focus();
        if (select && input instanceof HTMLInputElement) input.select();
        return input !== null;
      };
      if (align === 'auto' && focus()) return;
      body.current?.scrollToIndex(line, align);
      // The line's row is rendered once the virtualiser has seen the scroll, a frame or a few later
      // on a slow machine: try each frame until it is there, for at most half a second.
      let frames = 30;
      const retry = () => {
        if (!focus() && (frames -= 1) > 0) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
    },
    [body],
  );
}
