// The one way the app writes to the customs service. One hook owns what every submit needs:
// - the idempotency key, the same while the same request is retried (a double click, or a retry
//   after a lost answer, makes one application) and new once one has succeeded;
// - the double-submit guard: a second submit while one is in flight is ignored;
// - the abort signal behind 取消;
// - whether the request has waited long (`slow`), which the form shows beside its buttons;
// - a refusal because the page is behind the record (409: another tab or person wrote first, or
//   its state moved on): what to read again (`onConflict`), whichever form sent it.
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { Endpoint, ParamsOf } from '@/contract/endpoint';
import { newIdempotencyKey } from '../idempotency';
import { ApiError } from './apiError';
import { callEndpoint, type BodyInput } from './endpoint';

/** After this long without an answer a form says the service is slow. */
export const SLOW_AFTER_MS = 2_000;

export interface WriteRequest {
  idempotencyKey: string;
  signal: AbortSignal;
}

export interface SubmitCallbacks<TVars, TResult> {
  onSuccess?: (result: TResult, vars: TVars) => void;
  onError?: (error: Error, vars: TVars) => void;
}

export interface IdempotentMutationOptions<TVars, TResult> {
  mutationFn: (vars: TVars, request: WriteRequest) => Promise<TResult>;
  /** What every success of this write does to the cache (whoever submitted it). */
  onSuccess?: (result: TResult, vars: TVars, queryClient: QueryClient) => unknown;
  /** What every end of it does, success or not (e.g. refetch after a refusal). */
  onSettled?: (queryClient: QueryClient) => unknown;
  /**
   * What a 409 refusal does to the cache: the page is behind the record (a stale version, or a
   * state that moved on), so what it shows is read again; the form keeps what was typed.
   */
  onConflict?: (queryClient: QueryClient) => unknown;
}

export interface IdempotentMutation<TVars, TResult> {
  /**
   * Sends `vars`; null when a submit is already in flight. The promise is the answer (it may be
   * ignored: a failure is also in `error`).
   */
  submit: (vars: TVars, callbacks?: SubmitCallbacks<TVars, TResult>) => Promise<TResult> | null;
  /** Aborts the request in flight; the service's answer, if any, is dropped. */
  cancel: () => void;
  isPending: boolean;
  /** The pending (or last) request's `vars`. */
  variables: TVars | undefined;
  error: Error | null;
  /** The request in flight has waited longer than SLOW_AFTER_MS. */
  slow: boolean;
  reset: () => void;
}

export function useIdempotentMutation<TVars, TResult>(
  options: IdempotentMutationOptions<TVars, TResult>,
): IdempotentMutation<TVars, TResult> {
  const queryClient = useQueryClient();
  const last = useRef<{ request: string; key: string } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const inFlight = useRef(false);
  const { mutationFn, onSuccess, onSettled, onConflict } = options;
  const mutation = useMutation<TResult, Error, { vars: TVars } & WriteRequest>({
    mutationFn: ({ vars, ...request }) => mutationFn(vars, request),
    onSuccess: (result, { vars }) => onSuccess?.(result, vars, queryClient),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void onConflict?.(queryClient);
    },
    onSettled: () => onSettled?.(queryClient),
  });
  const { mutateAsync } = mutation;

  const submit = useCallback(
    (vars: TVars, callbacks: SubmitCallbacks<TVars, TResult> = {}) => {
      if (inFlight.current) return null;
      inFlight.current = true;
      const request = JSON.stringify(vars);
      if (last.current?.request !== request) last.current = { request, key: newIdempotencyKey() };
      controller.current = new AbortController();
      const answer = mutateAsync(
        { vars, idempotencyKey: last.current.key, signal: controller.current.signal },
        {
          // Per call, so they do not run once the form is gone (its own cleanup sees to that).
          onSuccess: (result) => callbacks.onSuccess?.(result, vars),
          onError: (error) => callbacks.onError?.(error, vars),
        },
      );
      // The guard and the key follow the request itself, whatever the form does meanwhile.
      answer.then(
        () => {
          inFlight.current = false;
          last.current = null; // the next submit is a new intent, even with the same values
        },
        () => {
          inFlight.current = false;
        },
      );
      return answer;
    },
    [mutateAsync],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const slow = useWaitedLong(mutation.isPending);

  return {
    submit,
    cancel,
    isPending: mutation.isPending,
    variables: mutation.variables?.vars,
    error: mutation.error,
    slow,
    reset: mutation.reset,
  };
}

/** Reads what `queryKey` names again: e.g. a write's `onConflict`. */
export const readAgain = (queryKey: QueryKey) => (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey });

/** A write after which — and after a 409 refusal of which — what `queryKey` names is read again. */
export function readingAgain(queryKey: QueryKey) {
  const onConflict = readAgain(queryKey);
  return {
    onSuccess: (_result: unknown, _input: unknown, queryClient: QueryClient) => onConflict(queryClient),
    onConflict,
  };
}

/** Whether `pending` has been true for longer than SLOW_AFTER_MS. */
export function useWaitedLong(pending: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [pending]);
  return pending && slow;
}

type JsonWrite = Endpoint & { body: z.ZodType; response: z.ZodType };

/** What a write to one endpoint takes: its path parameters and its body. */
export interface EndpointInput<E extends JsonWrite> {
  params?: ParamsOf<E>;
  body: BodyInput<E>;
}

/** The write of one endpoint of the contract. */
export function useEndpointMutation<E extends JsonWrite>(
  spec: E,
  options: Omit<IdempotentMutationOptions<EndpointInput<E>, z.infer<E['response']>>, 'mutationFn'> = {},
): IdempotentMutation<EndpointInput<E>, z.infer<E['response']>> {
  return useIdempotentMutation({
    ...options,
    // Only a submit carries the key (a login, say, is not repeated by the service).
    mutationFn: ({ params, body }, { idempotencyKey, signal }) =>
      callEndpoint(spec, {
        params,
        body,
        signal,
        idempotencyKey: spec.idempotent ? idempotencyKey : undefined,
      }),
  });
}
