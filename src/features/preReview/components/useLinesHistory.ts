// The undo history of 产品生产明细, observed rather than wired into each action: every change of
// the lines the form sees (typing, paste, import, insert, delete, reorder, 填入) becomes a step,
// by comparing with a copy of the lines as they were. A keystroke updates one cell of that copy,
// and nothing renders unless whether there is something to undo or redo changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  UseFieldArrayReplace,
  UseFormGetValues,
  UseFormSetValue,
  UseFormSubscribe,
} from 'react-hook-form';
import type { Line, Sheet } from '@/contract/sheet';
import { stableStringify } from '@/lib/workInProgress';
import { emptyHistory, record, redo, seal, undo, type History, type Step } from '../model/editHistory';
import { cellAt } from '../model/sheetFieldId';

const copyOf = (lines: readonly Line[] | undefined): Line[] => structuredClone([...(lines ?? [])]);

interface LinesHistoryOptions {
  subscribe: UseFormSubscribe<Sheet>;
  getValues: UseFormGetValues<Sheet>;
  setValue: UseFormSetValue<Sheet>;
  replace: UseFieldArrayReplace<Sheet, 'lines'>;
  /** Where the user is taken after a cell's step is undone or redone. */
  focusCell: (line: number, column: string) => void;
}

export function useLinesHistory({ subscribe, getValues, setValue, replace, focusCell }: LinesHistoryOptions) {
  const history = useRef<History>(emptyHistory);
  const seen = useRef<Line[]>(copyOf(getValues('lines')));
  const [can, setCan] = useState({ undo: false, redo: false });
  const update = useCallback((next: History) => {
    history.current = next;
    const undoable = next.past.length > 0;
    const redoable = next.future.length > 0;
    setCan((now) =>
      now.undo === undoable && now.redo === redoable ? now : { undo: undoable, redo: redoable },
    );
  }, []);

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, values }) => {
          const cell = name ? cellAt(name) : null;
          if (name && cell) {
            const { line: index, column } = cell;
            const line = seen.current[index];
            if (!line) return;
            const after = values.lines[index]?.[column] ?? '';
            const before = line[column];
            if (before === after) return; // a step being undone or redone, or nothing changed
            seen.current[index] = { ...line, [column]: after };
            update(record(history.current, { kind: 'cell', name, before, after }));
          } else if (name === 'lines' || name?.startsWith('lines.')) {
            const after = copyOf(values.lines);
            const before = seen.current;
            if (stableStringify(before) === stableStringify(after)) return;
            seen.current = after;
            update(record(history.current, { kind: 'lines', before, after }));
          } else if (name === undefined) {
            // The whole form was reset (another version restored): earlier steps no longer apply.
            seen.current = copyOf(values.lines);
            update(emptyHistory);
          }
        },
      }),
    [subscribe, update],
  );

  const apply = useCallback(
    (step: Step, direction: 'undo' | 'redo') => {
      if (step.kind === 'cell') {
        const value = direction === 'undo' ? step.before : step.after;
        const cell = cellAt(step.name);
        if (!cell) return;
        const line = seen.current[cell.line];
        if (line) seen.current[cell.line] = { ...line, [cell.column]: value };
        setValue(`lines.${cell.line}.${cell.column}`, value, { shouldDirty: true });
        focusCell(cell.line, cell.column);
      } else {
        const lines = direction === 'undo' ? step.before : step.after;
        seen.current = copyOf(lines);
        replace(copyOf(lines));
      }
    },
    [setValue, replace, focusCell],
  );
  const take = useCallback(
    (direction: 'undo' | 'redo') => {
      const taken = (direction === 'undo' ? undo : redo)(history.current);
      if (!taken) return;
      update(taken.history);
      apply(taken.step, direction);
    },
    [apply, update],
  );
  const undoStep = useCallback(() => take('undo'), [take]);
  const redoStep = useCallback(() => take('redo'), [take]);
  const sealStep = useCallback(() => {
    history.current = seal(history.current);
  }, []);

  return {
    canUndo: can.undo,
    canRedo: can.redo,
    undo: undoStep,
    redo: redoStep,
    /** The focus left a cell: its next edit is a new step. */
    seal: sealStep,
  };
}
