// Undo and redo for 产品生产明细, as a spreadsheet has them: one step per cell edited (all the
// keystrokes while the cell had the focus), and one per change of the lines themselves (paste,
// import, insert, delete, reorder). A cell step holds only that cell's text before and after, so a
// keystroke costs the same in a 30-line sheet as in a 2,000-line one; a lines step holds the lines
// before and after. The history lives in the page; work in progress keeps only the values.
import type { Line } from '@/contract/sheet';

export type Step =
  | { kind: 'cell'; name: string; before: string; after: string }
  | { kind: 'lines'; before: readonly Line[]; after: readonly Line[] };

export interface History {
  past: readonly Step[];
  future: readonly Step[];
  /** The cell whose edit is still growing (its keystrokes join one step until it loses focus). */
  open: string | null;
}

/** The number of steps kept; the oldest go first. */
export const HISTORY_LIMIT = 200;

export const emptyHistory: History = { past: [], future: [], open: null };

/** A new change: joins the open cell's step when it is the same cell, and ends any redo. */
export function record(history: History, step: Step): History {
  const last = history.past.at(-1);
  if (
    step.kind === 'cell' &&
    last?.kind === 'cell' &&
    history.open === step.name &&
    last.name === step.name
  ) {
    const joined = { ...last, after: step.after };
    const past =
      joined.before === joined.after ? history.past.slice(0, -1) : [...history.past.slice(0, -1), joined];
    return { past, future: [], open: step.name };
  }
  const past = [...history.past, step].slice(-HISTORY_LIMIT);
  return { past, future: [], open: step.kind === 'cell' ? step.name : null };
}

/** The focus left the cell: its next keystroke starts a new step. */
export const seal = (history: History): History => (history.open ? { ...history, open: null } : history);

/** The step to take back, and the history after it. */
export function undo(history: History): { step: Step; history: History } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return {
    step,
    history: { past: history.past.slice(0, -1), future: [step, ...history.future], open: null },
  };
}

/** The step to do again, and the history after it. */
export function redo(history: History): { step: Step; history: History } | null {
  const step = history.future[0];
  if (!step) return null;
  return { step, history: { past: [...history.past, step], future: history.future.slice(1), open: null } };
}
