// What the benchmarks share: a production build served by `vite preview`, Debian's Chromium,
// figures taken inside the page (so the driver's own overhead is not counted), and statistics.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../e2e/chromiumArgs.mjs';

/** Builds the app (or the project `config` names, e.g. the floor's) into `outDir`. */
export function build(outDir, env = {}, config = undefined) {
  const args = ['vite', 'build', '--outDir', resolve(outDir), '--emptyOutDir'];
  const result = spawnSync('npx', config ? [...args, '--config', config] : args, {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error(`vite build into ${outDir} failed`);
}

/** Serves `outDir` on `port` until `stop()`; its own process group, so stopping it stops vite too. */
export async function serve(outDir, port) {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = async () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already stopped */
    }
    await new Promise((r) => setTimeout(r, 500)); // the port is free again
  };
  process.on('exit', () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already stopped */
    }
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error('vite preview did not start');
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // As the Playwright journeys start it.
    args: chromiumArgs(),
  });
}

/**
 * A browser with a profile on disk, as a user's browser is (a context of `launch()` keeps its
 * storage in memory, like a private window): Chromium's IndexedDB writes a large scenario about
 * three times as fast there (100,000 applications: 51–59 s against 172 s). Closing the context
 * closes the browser; the profile is removed when the bench ends.
 */
export async function launchProfile(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'origin-portal-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs(),
    ...options,
  });
  // Removed when the bench ends (Chromium may still be writing into it as the context closes).
  process.on('exit', () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* left in the temporary folder */
    }
  });
  return context;
}

/**
 * `page` with Chromium's CPU slowed `rate` times (CDP `Emulation.setCPUThrottlingRate`, as
 * Lighthouse's mobile profile slows it), for as long as the page lives, navigations included.
 */
export async function throttled(page, rate) {
  if (rate !== 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  return page;
}

export async function signInAs(page, base, username = 'jinggong') {
  await page.goto(`${base}/login?latency=off`);
  await page.getByRole('button', { name: `使用演示账号 ${username}` }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
}

/**
 * Milliseconds from the user's click (a capturing listener, so before any app code) to the DOM
 * showing what it asked for: `text` in the page (or in the element matching `within`), and an
 * element matching `selector`.
 */
export async function timeClick(page, act, { text, selector, within }) {
  await page.evaluate(
    ({ text, selector, within }) => {
      const done = () =>
        (text === undefined ||
          ((within ? document.querySelector(within) : document.body)?.textContent ?? '').includes(text)) &&
        (selector === undefined || document.querySelector(selector) !== null);
      window.__bench = { click: 0, done: 0 };
      document.addEventListener('click', () => (window.__bench.click = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (window.__bench.click && done()) {
          window.__bench.done = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    },
    { text, selector, within },
  );
  await act();
  await page.waitForFunction(() => window.__bench.done > 0, null, { timeout: 60_000 });
  return page.evaluate(() => window.__bench.done - window.__bench.click);
}

export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The q-quantile (0..1), nearest rank. */
export const quantile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
