// Keeps what the user types, pastes or imports into a form as work in progress (see
// lib/workInProgress): every change of the form's values — keystrokes, rows added, imported,
// duplicated, moved or removed, values filled in by a button — is kept within a moment and when
// the page is hidden. The rule is one comparison, not a list of events: whatever differs from
// what the service has is unsaved and kept; what equals it is not.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { FieldValues, UseFormGetValues, UseFormWatch } from 'react-hook-form';
import type { KeptReader } from '@/lib/keptValues';
import {
  discardWorkInProgress,
  endWorkInProgress,
  readWorkInProgress,
  stableStringify,
  writeWorkInProgress,
} from '@/lib/workInProgress';
import { createKeptStatus, type KeptStatus } from './keptStatus';

const SAVE_DELAY_MS = 300;

export interface Restored {
  /** When the restored work was kept. */
  at: string;
  /** What was restored, in a few words (e.g. "产品生产明细 4 行"); null when nothing to add. */
  description: string | null;
  /** Parts of the kept work that could not be read back, each said ("第 3 行无法恢复：…"). */
  setAside: readonly string[];
}

export interface StartingPoint<T> {
  values: T;
  baseVersion: number;
  /** Set when the values are unsaved work in progress restored from an earlier visit. */
  restored: Restored | null;
}

export interface WorkInProgressOptions<T> {
  /**
   * Reads stored values by the form's types and shape, never its limits (keptReader): a part that
   * does not fit is set aside and said; null when nothing of it is the form's.
   */
  read: KeptReader<T>;
  /** Whether two sets of values say the same (default: equal as JSON, keys in any order). */
  same?: (a: T, b: T) => boolean;
  /** What the restored values hold, for the restore notice. */
  describe?: (values: T) => string | null;
}

const equalAsJson = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

/**
 * What a form starts from: the user's unsaved work in progress when there is some that differs
 * from what the service has (`saved`), otherwise the saved values at the server's version.
 */
export function startingPoint<T>(
  key: string,
  saved: T,
  version: number,
  { read, same = equalAsJson, describe }: WorkInProgressOptions<T>,
): StartingPoint<T> {
  const entry = readWorkInProgress(key);
  const reading = entry ? read(entry.values, saved) : null;
  const setAside = reading?.setAside ?? [];
  if (!entry || reading === null || (same(reading.values, saved) && setAside.length === 0)) {
    // Equal to what the service has: nothing is unsaved, and the stored copy says nothing. (A
    // stored value that is not this form's at all is left alone: it is not this page's.)
    if (entry && reading !== null) discardWorkInProgress(key);
    return { values: saved, baseVersion: version, restored: null };
  }
  const { values } = reading;
  return {
    values,
    baseVersion: entry.baseVersion,
    restored: { at: entry.savedAt, description: describe?.(values) ?? null, setAside },
  };
}

export interface WorkInProgressControl<T> {
  /**
   * After a successful submit of `values`: the service has them now. With `continues` the form
   * stays open (暂存 keeps editing), and anything typed while the request was on its way is
   * still kept; otherwise the form is done.
   */
  submitted(values: T, options?: { continues?: boolean }): void;
  /** The user gave up the restored work: the form is back at `values` from the service. */
  discard(values: T, version: number): void;
  /** Whether unsaved typing is kept on this computer yet, for the mark beside the buttons. */
  kept: KeptStatus;
}

/**
 * Keeps the form's values as work in progress while they differ from `saved` (the values the
 * service has, at `baseVersion`). The returned functions act on storage only, so they still do
 * their part when the form has unmounted before its request was answered.
 */
export function useWorkInProgress<T extends FieldValues>(
  key: string,
  form: { watch: UseFormWatch<T>; getValues: UseFormGetValues<T> },
  baseVersionRef: RefObject<number>,
  saved: T,
  {
    same = equalAsJson,
    restoredAt = null,
  }: Pick<WorkInProgressOptions<T>, 'same'> & { restoredAt?: string | null } = {},
): WorkInProgressControl<T> {
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const baseline = useRef(saved);
  const ended = useRef(false);
  const [kept] = useState(() => createKeptStatus(restoredAt));

  const keep = useCallback(() => {
    clearTimeout(pending.current);
    pending.current = undefined;
    if (ended.current) {
      kept.set({ kind: 'nothing' });
      return;
    }
    const values = form.getValues();
    let at: string | null = null;
    if (same(values, baseline.current)) discardWorkInProgress(key);
    else at = writeWorkInProgress(key, values, baseVersionRef.current);
    kept.set(at ? { kind: 'kept', at } : { kind: 'nothing' });
  }, [key, form, baseVersionRef, same, kept]);

  useEffect(() => {
    const subscription = form.watch(() => {
      ended.current = false;
      clearTimeout(pending.current);
      pending.current = setTimeout(keep, SAVE_DELAY_MS);
      kept.set({ kind: 'saving' });
    });
    // Leaving the page (reload, close, another app on a phone) keeps what is there, whatever
    // changed it; a pending save alone would miss a change that fired no event.
    const onHide = () => keep();
    const onVisibility = () => document.visibilityState === 'hidden' && keep();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      // Unmounting (navigating away, the session ending) keeps what is unsaved; after a finished
      // submit there is nothing to keep.
      keep();
    };
  }, [form, keep, kept]);

  const submitted = useCallback(
    (values: T, { continues = false } = {}) => {
      clearTimeout(pending.current);
      pending.current = undefined;
      baseline.current = values;
      endWorkInProgress(key, values);
      if (!continues) ended.current = true;
      keep();
    },
    [key, keep],
  );

  const discard = useCallback(
    (values: T, version: number) => {
      clearTimeout(pending.current);
      pending.current = undefined;
      baseline.current = values;
      baseVersionRef.current = version;
      discardWorkInProgress(key);
      kept.set({ kind: 'nothing' });
    },
    [key, baseVersionRef, kept],
  );

  return { submitted, discard, kept };
}
