// Keeps what the user is typing in local storage, so a reload or a crash loses nothing. The
// key names the user, so work in progress is visible to that user only.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
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

/** The stored work in progress, unless there is none or it equals `current` (nothing unsaved). */
function readWorkInProgress<T>(key: string, current: T): WorkInProgress<T> | null {
  const raw = safeStorage.get(PREFIX + key);
  if (!raw) return null;
  try {
    const entry = JSON.parse(raw) as WorkInProgress<T>;
    return JSON.stringify(entry.values) === JSON.stringify(current) ? null : entry;
  } catch {
    safeStorage.remove(PREFIX + key);
    return null;
  }
}

export interface StartingPoint<T> {
  values: T;
  baseVersion: number;
  /** When the values come from unsaved work in progress: when it was kept. */
  restoredAt: string | null;
}

/**
 * What a form starts from: the user's unsaved work in progress when there is some (and `read`
 * can use it), otherwise the saved values at the server's version.
 */
export function startingPoint<T>(
  key: string,
  saved: T,
  version: number,
  read: (stored: unknown) => T | null = (v) => v as T,
): StartingPoint<T> {
  const wip = readWorkInProgress<unknown>(key, saved);
  const values = wip ? read(wip.values) : null;
  return wip && values
    ? { values, baseVersion: wip.baseVersion, restoredAt: wip.savedAt }
    : { values: saved, baseVersion: version, restoredAt: null };
}

/** Saves the form's values a moment after each change the user makes. */
export function useWorkInProgress<T extends FieldValues>(
  key: string,
  form: UseFormReturn<T>,
  baseVersion: RefObject<number>,
): { clear: () => void } {
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const save = () => {
      pending.current = undefined;
      const entry: WorkInProgress<T> = {
        savedAt: new Date().toISOString(),
        baseVersion: baseVersion.current,
        values: form.getValues(),
      };
      safeStorage.set(PREFIX + key, JSON.stringify(entry));
    };
    const flush = () => {
      if (pending.current === undefined) return;
      clearTimeout(pending.current);
      save();
    };
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change') return; // only what the user typed, not programmatic resets
      clearTimeout(pending.current);
      pending.current = setTimeout(save, SAVE_DELAY_MS);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [key, form, baseVersion]);

  /** After a successful submit: the server has it all, and a pending save must not bring it back. */
  const clear = useCallback(() => {
    clearTimeout(pending.current);
    pending.current = undefined;
    safeStorage.remove(PREFIX + key);
  }, [key]);
  return { clear };
}
