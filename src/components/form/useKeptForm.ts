// A react-hook-form form whose unsaved values are kept as work in progress: it starts from what
// the user left unsaved (when that differs from what the service has), keeps every change, and
// knows the server version its values start from (sent with each submit to detect conflicts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormProps } from 'react-hook-form';
import {
  startingPoint,
  useWorkInProgress,
  type Restored,
  type WorkInProgressOptions,
} from './useWorkInProgress';

interface KeptFormOptions<T extends FieldValues, TContext, TOutput> extends WorkInProgressOptions<T> {
  /** Names the user and the form, e.g. `jinggong:pre-review:new`. */
  key: string;
  /** What the service has (or the empty form), at `version` (0: nothing saved yet). */
  saved: T;
  version: number;
  form?: Omit<UseFormProps<T, TContext, TOutput>, 'defaultValues' | 'values'>;
}

export function useKeptForm<T extends FieldValues, TContext = unknown, TOutput = T>({
  key,
  saved,
  version,
  read,
  same,
  describe,
  form: formOptions,
}: KeptFormOptions<T, TContext, TOutput>) {
  const [initial] = useState(() => startingPoint<T>(key, saved, version, { read, same, describe }));
  const baseVersionRef = useRef(initial.baseVersion);
  const form = useForm<T, TContext, TOutput>({
    ...formOptions,
    defaultValues: initial.values as DefaultValues<T>,
  });
  const workInProgress = useWorkInProgress<T>(key, form, baseVersionRef, saved, {
    same,
    restoredAt: initial.restored?.at ?? null,
  });
  const [restored, setRestored] = useState<Restored | null>(initial.restored);
  const { reset } = form;
  const { discard, kept } = workInProgress;

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** Shows `values` from the service at `version`, leaving nothing unsaved (and no notice). */
  const resetToServer = useCallback(
    (values: T, serverVersion: number) => {
      // The reset first: it is a change of the form's values, which schedules a save and marks
      // 正在保存到本机…; discarding after it cancels both, so a form just saved or given up does
      // not say it is saving.
      reset(values);
      discard(values, serverVersion);
      setRestored(null);
    },
    [discard, reset],
  );

  const { submitted } = workInProgress;
  /**
   * Ends the work in progress once `request` — the submit of `values` — succeeds, even when the
   * user has left the form before the answer came (a mutation's own callbacks would not run then,
   * leaving the submitted values to come back as "unsaved"). `after` says what the form does next:
   * stay open (`continues`, e.g. after 暂存), and show the service's answer (`next`).
   */
  const afterSubmit = useCallback(
    <R>(
      request: Promise<R>,
      values: T,
      after?: (result: R) => { continues?: boolean; next?: { values: T; version: number } },
    ) => {
      request.then(
        (result) => {
          const { continues = false, next } = after?.(result) ?? {};
          submitted(values, { continues: continues && !next && mounted.current });
          if (next && mounted.current) resetToServer(next.values, next.version);
        },
        () => undefined, // the page says what went wrong; the work in progress stays
      );
    },
    [submitted, resetToServer],
  );

  return { form, baseVersionRef, restored, resetToServer, afterSubmit, kept };
}
