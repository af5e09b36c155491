// The sheet's current rule violations, shared with the fields they concern. Each field subscribes
// to its own path only (components/useViolations.ts), so a keystroke re-renders the fields whose
// messages changed, not the sheet.
import type { Violation } from '@/domain/preReview/costSheet';
import { createListeners } from '@/lib/listeners';

export interface ViolationStore {
  set(violations: readonly Violation[]): void;
  subscribe(listener: () => void): () => void;
  /** Messages for one field path (stable identity while unchanged). */
  messagesFor(path: string): readonly string[];
  /** Messages for every path under a prefix, e.g. one line's `lines.3.` (stable while unchanged). */
  messagesUnder(prefix: string): readonly string[];
}

const NONE: readonly string[] = [];

export function createViolationStore(): ViolationStore {
  let current: readonly Violation[] = [];
  let byPath = new Map<string, readonly string[]>();
  const underCache = new Map<string, readonly string[]>();
  const { subscribe, notify } = createListeners();
  return {
    set(violations) {
      const next = new Map<string, string[]>();
      for (const v of violations) next.set(v.path, [...(next.get(v.path) ?? []), v.message]);
      // Keep the old arrays where nothing changed, so subscribers can skip re-rendering.
      const stable = new Map<string, readonly string[]>();
      for (const [path, messages] of next) {
        const before = byPath.get(path);
        stable.set(path, before && before.join('\n') === messages.join('\n') ? before : messages);
      }
      current = violations;
      byPath = stable;
      notify();
    },
    subscribe,
    messagesFor(path) {
      return byPath.get(path) ?? NONE;
    },
    messagesUnder(prefix) {
      const found = current.filter((v) => v.path.startsWith(prefix)).map((v) => v.message);
      const before = underCache.get(prefix) ?? NONE;
      if (before.join('\n') === found.join('\n')) return before;
      const next = found.length === 0 ? NONE : found;
      underCache.set(prefix, next);
      return next;
    },
  };
}
