// Vitest set-up: jsdom gaps antd needs, IndexedDB (fake-indexeddb), and the mock customs
// service over msw/node. Files share one module graph (isolate: false), so everything a test
// can change is put back after each test.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { deleteDatabase } from '@mocks/db';
import { server } from '@mocks/node';
import { defaultRuntime, setRuntime } from '@mocks/runtime';
import { configureApiClient } from '@/lib/api/client';
import '@/lib/zodLocale';
import { takeUnhandledRequests, recordUnhandledRequest } from './unhandledRequests';

if (!window.matchMedia) {
  // jsdom runs no animations: report reduced motion, so antd renders end states at once.
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('prefers-reduced-motion: reduce'),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

// jsdom throws "Not implemented" for pseudo-elements; antd asks for them to measure scrollbars.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

beforeAll(() => {
  // An unknown route is an error in tests: it is recorded here and fails the test in afterEach.
  server.listen({ onUnhandledRequest: (request) => recordUnhandledRequest(request) });
});

beforeEach(() => {
  setRuntime({ ...defaultRuntime, latency: 'off' });
  configureApiClient({ timeoutMs: 30_000 });
});

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
  window.sessionStorage.clear();
  await deleteDatabase();
  const unhandled = takeUnhandledRequests();
  if (unhandled.length > 0) {
    throw new Error(`Requests no mock handler answered (unknown routes):\n${unhandled.join('\n')}`);
  }
});

afterAll(() => server.close());
