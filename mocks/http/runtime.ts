// Fault and latency modes of the simulated service, for demos and tests. Kept per tab (session
// storage) so that a demo of "the network fails" in one tab does not break the others.
import { delay, HttpResponse } from 'msw';
import type { ApiErrorBody } from '@/contract/http';
import { mockRuntimeSchema, type MockRuntime } from '@/contract/demo';

/** Where a tab keeps its modes (e2e sets it before a page loads, to start a journey without latency). */
export const RUNTIME_STORAGE_KEY = 'origin-portal:mock-runtime';
const SLOW_MS = 3_000;
const REALISTIC_LATENCY_MS: readonly [number, number] = [120, 380];

export const defaultRuntime: MockRuntime = { fault: 'none', faultScope: 'writes', latency: 'realistic' };

let runtime: MockRuntime = load();

function load(): MockRuntime {
  try {
    const parsed = mockRuntimeSchema.safeParse(
      JSON.parse(sessionStorage.getItem(RUNTIME_STORAGE_KEY) ?? 'null'),
    );
    return parsed.success ? parsed.data : defaultRuntime;
  } catch {
    return defaultRuntime;
  }
}

export function getRuntime(): MockRuntime {
  return runtime;
}

export function setRuntime(next: Partial<MockRuntime>): MockRuntime {
  runtime = { ...runtime, ...next };
  try {
    sessionStorage.setItem(RUNTIME_STORAGE_KEY, JSON.stringify(runtime));
  } catch {
    // not in a browser, or storage unavailable: the mode lasts for this page only
  }
  return runtime;
}

/**
 * Runs before every customs-service handler: waits like a network would, then fails the request
 * when a fault mode applies. Returns undefined to let the real handler answer.
 */
export async function applyRuntime(request: Request): Promise<Response | undefined> {
  if (runtime.latency === 'realistic') {
    const [min, max] = REALISTIC_LATENCY_MS;
    await delay(min + Math.round(Math.random() * (max - min)));
  }
  const applies = runtime.fault !== 'none' && (runtime.faultScope === 'all' || request.method !== 'GET');
  if (!applies) return undefined;
  switch (runtime.fault) {
    case 'network':
      return HttpResponse.error();
    case 'server-error':
      return HttpResponse.json(
        {
          code: 'SERVER_ERROR',
          message: '海关服务内部错误（500），请稍后重试。已填写的内容仍保留在页面上。',
        } satisfies ApiErrorBody,
        { status: 500 },
      );
    case 'slow':
      await delay(SLOW_MS);
      return undefined;
    case 'hang':
      await delay('infinite');
      return undefined;
    // The write runs, then its transaction is refused as a full disk would refuse it (idempotentWrite).
    case 'storage-full':
      return undefined;
    default:
      return undefined;
  }
}
