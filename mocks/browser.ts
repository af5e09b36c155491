// Starts the simulated customs service in the page: the database (migrated or seeded), the
// modes asked for in the URL, then the service worker that routes /api/* to the handlers.
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { ApiErrorBody } from '@/contract/http';
import { faultModes, type FaultMode } from '@/contract/demo';
import { database } from './store/open';
import { requestScenario, keepDataInMemory } from './store/startUp';
import { handlers } from './handlers';
import { setRuntime } from './http/runtime';

/** In the browser an unknown API route is a 404 the app can show, not a silent pass-through. */
const unknownRoute = http.all('/api/*', ({ request }) =>
  HttpResponse.json(
    {
      code: 'NOT_FOUND',
      message: `海关服务没有这个接口：${new URL(request.url).pathname}`,
    } satisfies ApiErrorBody,
    { status: 404 },
  ),
);

/** Whether this browser lets the page open an IndexedDB database (private modes may not). */
async function indexedDbWorks(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) return false;
    return await new Promise<boolean>((resolve) => {
      const request = indexedDB.open('origin-portal-probe');
      request.onsuccess = () => {
        request.result.close();
        resolve(true);
      };
      request.onerror = () => resolve(false);
      request.onblocked = () => resolve(true);
    });
  } catch {
    return false;
  }
}

/**
 * `search`: the address's query as the page opened (its `scenario`, `fault` and `latency`), read
 * before the app could change the address while the service starts.
 */
export async function startMockService(search: string): Promise<void> {
  // Without IndexedDB the service keeps its data in memory (an in-memory implementation of the
  // same API, loaded only then), so the demo still works; the demo notices say what that means.
  if (!(await indexedDbWorks())) {
    await import('./store/memoryIndexedDb');
    keepDataInMemory();
  }
  const params = new URLSearchParams(search);
  requestScenario(params.get('scenario'));
  const fault = params.get('fault');
  if (fault && (faultModes as readonly string[]).includes(fault)) setRuntime({ fault: fault as FaultMode });
  const latency = params.get('latency');
  if (latency === 'off' || latency === 'realistic') setRuntime({ latency });

  const worker = setupWorker(...handlers, unknownRoute);
  await Promise.all([
    database(),
    worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    }),
  ]);
}
