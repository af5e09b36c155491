// A field's (or a line's) messages from the sheet's violation store, re-rendering only when they
// change.
import { useCallback, useSyncExternalStore } from 'react';
import type { ViolationStore } from '../model/violationStore';

export function useFieldViolations(store: ViolationStore, path: string): readonly string[] {
  const get = useCallback(() => store.messagesFor(path), [store, path]);
  return useSyncExternalStore(store.subscribe, get, get);
}

export function useViolationsUnder(store: ViolationStore, prefix: string): readonly string[] {
  const get = useCallback(() => store.messagesUnder(prefix), [store, prefix]);
  return useSyncExternalStore(store.subscribe, get, get);
}
