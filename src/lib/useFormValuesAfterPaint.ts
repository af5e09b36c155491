// A form's values as they were once the browser has painted: for derived views too costly to
// recompute before a keystroke shows (the cost sheet's totals, rules and origin advice over 2,000
// lines). The keystroke's frame paints first; the view catches up in the task after it, and
// changes that come faster than frames are coalesced into one update. The form is read through
// its subscription rather than `useWatch`, which re-rendered the view (and its antd children) in
// every keystroke only to find the shown value unchanged until after the paint.
import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/** What the hook reads a form through (a `useForm` result has both). */
export type ValuesSource<Values extends FieldValues> = Pick<UseFormReturn<Values>, 'subscribe' | 'getValues'>;

const afterNextPaint = (run: () => void): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  // rAF runs just before the paint; a task queued from it runs just after.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

export function useFormValuesAfterPaint<Values extends FieldValues>(form: ValuesSource<Values>): Values {
  const { subscribe, getValues } = form;
  const [shown, setShown] = useState<Values>(() => getValues());
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const stop = subscribe({
      formState: { values: true },
      callback: () => {
        cancel ??= afterNextPaint(() => {
          cancel = null;
          // A copy: the form's own object is the same from change to change.
          setShown({ ...getValues() });
        });
      },
    });
    return () => {
      stop();
      cancel?.();
    };
  }, [subscribe, getValues]);
  return shown;
}
