// One submit intent: the idempotency key stays the same while the same payload is retried (so a
// double click or a retry after a lost answer creates one application), a second submit while
// one is in flight is ignored, and the user can cancel a request that takes too long.
import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from '@/lib/idempotency';

export function useSubmission() {
  const last = useRef<{ payload: string; key: string } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const inFlight = useRef(false);

  /** The key for this payload and a signal `cancel` aborts; null while a submit is in flight. */
  const begin = useCallback((payload: unknown) => {
    if (inFlight.current) return null;
    inFlight.current = true;
    const serialized = JSON.stringify(payload);
    if (last.current?.payload !== serialized)
      last.current = { payload: serialized, key: newIdempotencyKey() };
    controller.current = new AbortController();
    return { idempotencyKey: last.current.key, signal: controller.current.signal };
  }, []);

  /** Call when the request ended; after a success the next submit is a new intent. */
  const settle = useCallback((succeeded: boolean) => {
    inFlight.current = false;
    if (succeeded) last.current = null;
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { begin, settle, cancel };
}
