// Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) in the sheet, or with the focus nowhere (a deleted line's
// button took it along): the sheet's own undo, a whole cell edit or change of the lines at a
// time. In the product's fields, the input's own undo stays. Listened for on the document, as
// the focus may have left the sheet with the line it was in.
import { useEffect, type RefObject } from 'react';
import { withCtrl } from '../model/shortcuts';

export function useSheetUndoKeys(
  section: RefObject<HTMLElement | null>,
  { undo, redo }: { undo: () => void; redo: () => void },
): void {
  useEffect(() => {
    const onUndoKey = (event: KeyboardEvent) => {
      const key = withCtrl(event);
      if (key !== 'z' && key !== 'y') return;
      const target = event.target;
      const inSheet =
        target === document.body || (target instanceof Node && section.current?.contains(target));
      if (!inSheet) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    };
    document.addEventListener('keydown', onUndoKey);
    return () => document.removeEventListener('keydown', onUndoKey);
  }, [section, undo, redo]);
}
