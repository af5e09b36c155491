// A value that follows another once the browser has painted: for derived views too costly to
// recompute before a keystroke shows (the cost sheet's totals and rules over 300 lines). The
// keystroke's frame paints first; the view catches up in the task after it. Changes that come
// faster than frames are coalesced into one update.
import { useEffect, useState } from 'react';

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

export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return undefined;
    return afterNextPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
