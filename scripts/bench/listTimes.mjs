// The pre-review list at 10,000 records, measured in Chromium on the production build (`dist/`):
// the mock service's own time per query (a fetch from the page, as the app makes it) and the
// screen's time to show, filter and sort. Prints medians with their spread.
//   npm run bench:list [-- runs]   (builds first)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const RUNS = Number(process.argv[2] ?? 5);
const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;

// Its own process group, so that stopping it stops vite too (npx would leave it running).
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already stopped */
  }
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (label, xs, target) =>
  console.log(
    `${label.padEnd(34)} median ${median(xs).toFixed(0).padStart(5)} ms  (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})${target ? `  target ≤ ${target} ms` : ''}`,
  );

await waitForServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${BASE}/demo?scenario=large&latency=off`);
await page
  .getByText('10,000')
  .first()
  .waitFor({ timeout: 120_000 })
  .catch(() => undefined);
await page.goto(`${BASE}/login?latency=off`);
await page.getByRole('button', { name: '使用演示账号 jinggong' }).click();
await page.getByRole('button', { name: '登录', exact: true }).click();
await page.getByRole('navigation', { name: '主导航' }).waitFor();

// The service: the same queries the screen makes, timed in the page around fetch.
const service = await page.evaluate(async (runs) => {
  const token = localStorage.getItem('origin-portal:session-token');
  const queries = {
    'page 1 (newest first)': 'page=1&pageSize=20',
    'filter (HS 8466, 正常)': 'hs=8466&state=%E6%AD%A3%E5%B8%B8&page=1&pageSize=20',
    'sort by 产品中文名称': 'sort=nameCn&order=asc&page=1&pageSize=20',
  };
  // 受理情况查询 derives every application from the records on each request.
  const acceptance = { '受理情况查询 page 1': '/api/acceptance?page=1&pageSize=20' };
  const out = {};
  const urls = [
    ...Object.entries(queries).map(([label, query]) => [label, `/api/pre-reviews?${query}`]),
    ...Object.entries(acceptance),
  ];
  for (const [label, url] of urls) {
    out[label] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      await response.json();
      out[label].push(performance.now() - start);
    }
  }
  return out;
}, RUNS);

// The screen: from the user's click to the DOM showing what it asked for, timed in the page
// (a capturing click listener and a MutationObserver) so that the driver's own overhead is not
// counted.
async function timeInPage(act, text) {
  await page.evaluate((expected) => {
    window.__bench = { click: 0, done: 0 };
    document.addEventListener('click', () => (window.__bench.click = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (window.__bench.click && document.body.textContent.includes(expected)) {
        window.__bench.done = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, text);
  await act();
  await page.waitForFunction(() => window.__bench.done > 0);
  return page.evaluate(() => window.__bench.done - window.__bench.click);
}

const shown = [];
const filtered = [];
const sorted = [];
for (let i = 0; i < RUNS; i += 1) {
  await page.goto(`${BASE}/?latency=off`);
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  shown.push(
    await timeInPage(
      () =>
        page
          .getByRole('navigation', { name: '主导航' })
          .getByRole('link', { name: '产品预审', exact: true })
          .click(),
      '共 10000 条',
    ),
  );
  await page.getByRole('textbox', { name: 'HS编码' }).fill('8466');
  filtered.push(
    await timeInPage(
      () =>
        page
          .getByRole('search', { name: '查询产品预审' })
          .getByRole('button', { name: /查\s*询/ })
          .click(),
      '共 1000 条',
    ),
  );
  sorted.push(
    await timeInPage(
      () => page.getByRole('columnheader', { name: /产品中文名称/ }).click(),
      '数控机床主轴 00001',
    ),
  );
}
await browser.close();

console.log(`\nPre-review list, 10,000 records, production build, Chromium, ${RUNS} runs\n`);
for (const [label, xs] of Object.entries(service)) show(`service: ${label}`, xs);
show('screen: list shown', shown, 300);
show('screen: filter', filtered, 150);
show('screen: sort', sorted, 150);
stop();
process.exit(0);
