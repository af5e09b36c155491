// The one way the app talks to the customs service. Requests are JSON; responses are checked
// against the schema the caller expects, so a drifting server is caught at the edge.
import type { z } from 'zod';
import {
  API_BASE,
  apiErrorBodySchema,
  IDEMPOTENCY_HEADER,
  SESSION_HEADER,
  SESSION_SCHEME,
} from '@/contract/http';
import { getSessionToken } from '../session';
import {
  abortedMessage,
  ApiError,
  malformedResponseMessage,
  networkErrorMessage,
  serverErrorMessage,
  timeoutMessage,
} from './apiError';

const settings = { timeoutMs: 30_000 };

/**
 * What every request waits for before it leaves the page: in a demo build, the simulated
 * customs service starting beside the app (its worker must listen, or the request reaches the
 * web server). The page renders without waiting for it; only requests do.
 */
let listening: Promise<unknown> = Promise.resolve();

/** main.tsx: requests wait for `ready`; one that fails fails them as a network error would. */
export function sendRequestsOnceListening(ready: Promise<unknown>): void {
  listening = ready;
}

/** Resolves once the service listens; rejects if it cannot start or `signal` aborts first. */
export function untilServiceListens(signal?: AbortSignal): Promise<unknown> {
  if (!signal) return listening;
  return Promise.race([
    listening,
    new Promise((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    }),
  ]);
}

/** Tests shorten the timeout; the app keeps the default. */
export function configureApiClient(options: { timeoutMs?: number }): void {
  if (options.timeoutMs !== undefined) settings.timeoutMs = options.timeoutMs;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as they are (uploads), instead of `body`. */
  bytes?: ArrayBuffer;
  headers?: Record<string, string>;
  /** Required on submits: the service answers a repeat with the first answer. */
  idempotencyKey?: string;
  /** Lets the user cancel a request that takes too long. */
  signal?: AbortSignal;
}

export async function apiRequest<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = getSessionToken();
  if (token) headers[SESSION_HEADER] = `${SESSION_SCHEME} ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.bytes !== undefined) headers['Content-Type'] = 'application/octet-stream';
  if (options.idempotencyKey) headers[IDEMPOTENCY_HEADER] = options.idempotencyKey;

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), settings.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;

  let response: Response;
  try {
    await untilServiceListens(signal);
    response = await fetch(new URL(`${API_BASE}${path}`, window.location.origin), {
      method: options.method ?? 'GET',
      headers,
      // The session is the bearer token; no cookie is ever sent (and the mock service, which
      // reads the page's cookies for every handler it tries on a same-origin request, reads none).
      credentials: 'omit',
      body: options.bytes ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal,
    });
  } catch {
    if (options.signal?.aborted) throw new ApiError('aborted', abortedMessage);
    if (timeout.signal.aborted) {
      throw new ApiError('timeout', timeoutMessage(Math.max(1, Math.round(settings.timeoutMs / 1000))));
    }
    throw new ApiError('network', networkErrorMessage);
  } finally {
    clearTimeout(timer);
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorFromResponse(response.status, payload);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError('malformed', malformedResponseMessage, { status: response.status });
  return parsed.data;
}

function errorFromResponse(status: number, payload: unknown): ApiError {
  const body = apiErrorBodySchema.safeParse(payload);
  if (body.success) {
    return new ApiError('http', body.data.message, {
      status,
      code: body.data.code,
      fieldErrors: body.data.fieldErrors ?? [],
    });
  }
  return new ApiError('http', status >= 500 ? serverErrorMessage : `请求未被接受（${status}）`, { status });
}
