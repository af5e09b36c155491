// The menu's pages loaded ahead: once the shell is on screen, each page of the role's menu has
// its code fetched and run while the browser is idle, one page per idle moment, so that a click
// on the menu waits for the page's data and not also for its code (on an office PC the list's
// code alone took a few hundred milliseconds to arrive and run). A page already loaded costs
// nothing; one that fails to load here is loaded again when opened, as before.
import { useEffect } from 'react';
import type { Role } from '@/contract/auth';
import { menuRoutesFor } from './navigation';

export function usePreloadedMenuPages(role: Role): void {
  useEffect(() => {
    // Without idle callbacks (Safari, jsdom) there is no moment known to be free: each page
    // loads when opened, as before.
    if (typeof window.requestIdleCallback !== 'function') return;
    // Two items may open one page (备案 and 备案变更): loaded once.
    const waiting = [...new Set(menuRoutesFor(role).flatMap((route) => (route.code ? [route.code] : [])))];
    let stopped = false;
    let idle = 0;
    const next = () => {
      const page = waiting.shift();
      if (stopped || !page) return;
      const then = () => {
        if (!stopped) idle = window.requestIdleCallback(next, { timeout: 5_000 });
      };
      // A page that fails here is loaded (and its failure shown) when opened.
      page.preload().then(then, then);
    };
    idle = window.requestIdleCallback(next, { timeout: 5_000 });
    return () => {
      stopped = true;
      window.cancelIdleCallback(idle);
    };
  }, [role]);
}
