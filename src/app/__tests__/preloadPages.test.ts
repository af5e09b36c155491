// The shell loads its menu's pages ahead, one per idle moment: the role's own pages, each once
// (two items of one page: once), none of the other role's; a page that fails to load does not
// stop the rest.
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routeTable } from '../routeTable';
import { usePreloadedMenuPages } from '../preloadPages';

/** Every page's preload, watched by the first route that opens it (each still loads its page). */
function watchPreloads() {
  const loaded: string[] = [];
  const watched = new Set<unknown>();
  for (const route of routeTable) {
    const { code } = route;
    if (!code || watched.has(code)) continue;
    watched.add(code);
    const load = code.preload.bind(code);
    vi.spyOn(code, 'preload').mockImplementation(() => {
      loaded.push(route.id);
      return route.id === 'personnel' ? Promise.reject(new Error('chunk failed')) : load();
    });
  }
  return loaded;
}

// jsdom has no idle callbacks (nor has Safari): here the browser is idle 50 ms after asking.
const idleCallbacks = {
  requestIdleCallback: (work: () => void) => window.setTimeout(work, 50),
  cancelIdleCallback: (id: number) => window.clearTimeout(id),
};
const withoutIdleCallbacks = () => {
  Reflect.deleteProperty(window, 'requestIdleCallback');
  Reflect.deleteProperty(window, 'cancelIdleCallback');
};

beforeEach(() => {
  Object.assign(window, idleCallbacks);
});

afterEach(() => {
  vi.restoreAllMocks();
  withoutIdleCallbacks();
});

describe('pages loaded ahead', () => {
  it('loads an enterprise user’s menu pages one at a time, and none of the console’s', async () => {
    const loaded = watchPreloads();
    const { unmount } = renderHook(() => usePreloadedMenuPages('enterprise'));
    await vi.waitFor(() => expect(loaded).toContain('materials'), { timeout: 10_000 });
    unmount();
    expect(loaded).toEqual([
      'filing', // and 备案变更, the same page
      'personnel', // failed: the next ones load all the same
      'agencies',
      'preReviews',
      'verifications',
      'acceptance',
      'templates',
      'materials',
    ]);
  });

  it('loads the console’s pages for customs', async () => {
    const loaded = watchPreloads();
    const { unmount } = renderHook(() => usePreloadedMenuPages('customs'));
    await vi.waitFor(() => expect(loaded).toEqual(['customs', 'issueVerification']), { timeout: 10_000 });
    unmount();
  });

  it('loads nothing where the browser cannot say when it is idle', async () => {
    withoutIdleCallbacks();
    const loaded = watchPreloads();
    renderHook(() => usePreloadedMenuPages('enterprise'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(loaded).toEqual([]);
  });

  it('stops when the shell is gone', async () => {
    const loaded = watchPreloads();
    const { unmount } = renderHook(() => usePreloadedMenuPages('enterprise'));
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(loaded).toEqual([]);
  });
});
