// Vitest set-up: jsdom gaps antd needs, IndexedDB (fake-indexeddb), and the mock customs
// service over msw/node. Files share one module graph (isolate: false), so everything a test
// can change is put back after each test.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { handlersSettled } from '@mocks/http/respond';
import { server } from '@mocks/node';
import { defaultRuntime, setRuntime } from '@mocks/http/runtime';
import { configureApiClient, sendRequestsOnceListening } from '@/lib/api/client';
import { deleteDatabase } from '../../mocks/store/open';
import '@/contract/zodLocale';
import '@/lib/dayjsLocale';
import { takeUnhandledRequests, recordUnhandledRequest } from './unhandledRequests';

// findBy…/waitFor give up after 1 s by default; on a loaded 2-core machine a page that loads
// its data through the mock service can take longer than that. A wait, not a timing assertion.
configure({ asyncUtilTimeout: 5_000 });

// A query that finds nothing throws an error with the whole document printed in it. While
// findBy…/waitFor poll, every failed try builds one and throws it away (Testing Library marks
// those tries with its internal `_disableExpensiveErrorDiagnostics`): printing the app's DOM was
// a fourteenth of a rendered test's time. Those tries now get the message alone; the error a
// test fails with (a getBy…, or a wait that timed out) still prints the document.
const printingElementError = getConfig().getElementError;
configure({
  getElementError(message, container) {
    const polling = (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })
      ._disableExpensiveErrorDiagnostics;
    if (!polling) return printingElementError(message, container);
    const error = new Error(message ?? '');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

/** Whether a media query's width conditions hold for jsdom's window (1024 px wide unless a test says). */
function widthMatches(query: string): boolean {
  const width = window.innerWidth;
  const min = /min-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
  const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
  return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
}

if (!window.matchMedia) {
  // jsdom runs no animations: report reduced motion, so antd renders end states at once. Width
  // queries (antd's breakpoints) answer for the window's width, so the shell lays out as at 1024 px.
  window.matchMedia = (query: string) =>
    ({
      matches:
        query.includes('prefers-reduced-motion: reduce') || (query.includes('width') && widthMatches(query)),
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

// jsdom throws "Not implemented" for pseudo-elements (antd asks for them to measure scrollbars),
// and recomputes the cascade of every antd style sheet on each call, which made a single
// getByRole take seconds. Computed styles are cached until the DOM changes: the observer drops
// the cache on each batch of mutations, and pending records are taken synchronously on every
// call, so the cache is never stale.
const computeStyle = window.getComputedStyle.bind(window);
let styleCache = new WeakMap<Element, CSSStyleDeclaration>();
const domChanges = new MutationObserver(() => {
  styleCache = new WeakMap();
});
domChanges.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
window.getComputedStyle = (element: Element) => {
  if (domChanges.takeRecords().length > 0) styleCache = new WeakMap();
  let style = styleCache.get(element);
  if (!style) {
    style = computeStyle(element);
    styleCache.set(element, style);
  }
  return style;
};

beforeAll(() => {
  // An unknown route is an error in tests: it is recorded here and fails the test in afterEach.
  server.listen({ onUnhandledRequest: (request) => recordUnhandledRequest(request) });
});

beforeEach(() => {
  setRuntime({ ...defaultRuntime, latency: 'off' });
  configureApiClient({ timeoutMs: 30_000 });
  sendRequestsOnceListening(Promise.resolve());
});

afterEach(async () => {
  cleanup();
  await handlersSettled();
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
