// Whether the form's unsaved typing is kept on this computer yet: nothing to keep, a save due
// within a moment, or kept at a time. A small store of its own (not React state of the form) so
// that saying it re-renders only the mark beside the buttons, never a 2,000-line sheet.
import { createListeners } from '@/lib/listeners';

export type KeptState = { kind: 'nothing' } | { kind: 'saving' } | { kind: 'kept'; at: string };

export interface KeptStatus {
  get(): KeptState;
  subscribe(listener: () => void): () => void;
}

export interface KeptStatusControl extends KeptStatus {
  set(next: KeptState): void;
}

export function createKeptStatus(keptAt: string | null): KeptStatusControl {
  let state: KeptState = keptAt ? { kind: 'kept', at: keptAt } : { kind: 'nothing' };
  const { subscribe, notify } = createListeners();
  return {
    get: () => state,
    subscribe,
    set(next) {
      const same =
        next.kind === state.kind && (next.kind !== 'kept' || (state.kind === 'kept' && state.at === next.at));
      if (same) return; // a keystroke while a save is already due says nothing new
      state = next;
      notify();
    },
  };
}
