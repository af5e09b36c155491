// Keeps what the user is typing in local storage, so a reload or a crash loses nothing. The
// key names the user, so work in progress is visible to that user only.
import { useCallback, useEffect, type RefObject } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { safeStorage } from '@/lib/storage';

const PREFIX = 'origin-portal:wip:';
const SAVE_DELAY_MS = 300;

export interface WorkInProgress<T> {
  savedAt: string;
  /** The server version the user started from; a save then sends it to detect conflicts. */
  baseVersion: number;
  values: T;
}

export function readWorkInProgress<T>(key: string): WorkInProgress<T> | null {
  const raw = safeStorage.get(PREFIX + key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as WorkInProgress<T>;
  } catch {
    safeStorage.remove(PREFIX + key);
    return null;
  }
}

export function clearWorkInProgress(key: string): void {
  safeStorage.remove(PREFIX + key);
}

/** Saves the form's values a moment after each change, while `enabled`. */
export function useWorkInProgress<T extends FieldValues>(
  key: string,
  form: UseFormReturn<T>,
  baseVersion: RefObject<number>,
  enabled: boolean,
): { clear: () => void } {
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      const entry: WorkInProgress<T> = {
        savedAt: new Date().toISOString(),
        baseVersion: baseVersion.current,
        values: form.getValues(),
      };
      safeStorage.set(PREFIX + key, JSON.stringify(entry));
    };
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change') return; // only what the user typed, not programmatic resets
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    const flush = () => {
      if (timer !== undefined) save();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
    };
  }, [key, form, baseVersion, enabled]);

  const clear = useCallback(() => clearWorkInProgress(key), [key]);
  return { clear };
}
