// localStorage that never throws: when storage is full or unavailable (private mode, quota
// exceeded) values are kept in memory for this page and `problem` says so, so the app keeps
// working and can warn the user that work will not survive a reload.

import { useSyncExternalStore } from 'react';
import { createListeners } from './listeners';

type StorageProblem = 'unavailable' | 'quota' | null;

const memory = new Map<string, string>();
let problem: StorageProblem = null;
const listeners = createListeners();

function backing(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function report(next: StorageProblem): void {
  if (problem === next) return;
  problem = next;
  listeners.notify();
}

export const safeStorage = {
  get(key: string): string | null {
    const storage = backing();
    if (!storage) return memory.get(key) ?? null;
    try {
      return storage.getItem(key) ?? memory.get(key) ?? null;
    } catch {
      report('unavailable');
      return memory.get(key) ?? null;
    }
  },
  set(key: string, value: string): void {
    memory.set(key, value);
    const storage = backing();
    if (!storage) return report('unavailable');
    try {
      storage.setItem(key, value);
      memory.delete(key);
      // Storage works again (space was freed): what was kept in memory meanwhile goes there too.
      for (const [heldKey, held] of memory) {
        storage.setItem(heldKey, held);
        memory.delete(heldKey);
      }
      report(null);
    } catch (error) {
      report(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'quota' : 'unavailable');
    }
  },
  remove(key: string): void {
    memory.delete(key);
    try {
      backing()?.removeItem(key);
    } catch {
      report('unavailable');
    }
  },
  /** Keys under a prefix, from storage and the in-memory fallback. */
  keys(prefix: string): string[] {
    const found = new Set([...memory.keys()].filter((k) => k.startsWith(prefix)));
    try {
      const storage = backing();
      for (let i = 0; storage && i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) found.add(key);
      }
    } catch {
      report('unavailable');
    }
    return [...found];
  },
  problem(): StorageProblem {
    return problem;
  },
  subscribe: listeners.subscribe,
};

/** The storage problem now, re-rendering when it changes (null: storage works). */
export function useStorageProblem(): StorageProblem {
  return useSyncExternalStore(safeStorage.subscribe, safeStorage.problem, () => null);
}
