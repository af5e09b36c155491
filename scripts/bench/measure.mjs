// Each figure `npm run bench` reports, measured on a served production build in Chromium.
// Every function returns plain numbers (ms or bytes); run.mjs repeats, summarises and prints.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { quantile, median, timeClick } from './lib.mjs';

// ---------------------------------------------------------------------------------------------
// Bytes: the JS and CSS a page fetched, gzip

/** Records the .js/.css paths the page requests; `take()` returns those new since the last take. */
export function trackAssets(page) {
  const seen = [];
  let taken = 0;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\.(js|css)$/.test(path) && !seen.includes(path)) seen.push(path);
  });
  return {
    take() {
      const fresh = seen.slice(taken);
      taken = seen.length;
      return fresh;
    },
  };
}

/** The .js/.css paths the page's document has loaded (Resource Timing: those a worker served too). */
export const loadedAssets = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\.(js|css)$/.test(path)),
  );

export const gzipBytes = (outDir, paths) =>
  paths.reduce((sum, path) => sum + gzipSync(readFileSync(`${outDir}${path}`)).length, 0);

// ---------------------------------------------------------------------------------------------
// Start-up: navigation → usable login page, login → home with data

const LOGIN_BUTTON = /^登\s*录$/;

/** Records (in the page) when the enabled 登录 button first appears, from navigation start. */
export const markLoginUsable = () => {
  const isLogin = (button) => /^登\s*录$/.test(button.textContent.trim()) && !button.disabled;
  const observer = new MutationObserver(() => {
    if ([...document.querySelectorAll('button')].some(isLogin)) {
      window.__loginUsable = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true });
};

export async function loginUsable(page, url) {
  await page.goto(url);
  await page.getByRole('button', { name: LOGIN_BUTTON }).waitFor();
  await page.waitForFunction(() => window.__loginUsable > 0);
  return page.evaluate(() => window.__loginUsable);
}

export async function loginToHome(page) {
  await page.getByRole('button', { name: '使用演示账号 jinggong' }).click();
  return timeClick(page, () => page.getByRole('button', { name: LOGIN_BUTTON }).click(), {
    selector: '[aria-label="最近的海关审核结果"] li',
  });
}

// ---------------------------------------------------------------------------------------------
// The pre-review editor: import or paste a sheet's lines, then type into its middle line

/** The sheet sizes measured: a small sheet, a large one, and the service's maximum (MAX_LINES). */
export const SHEET_SIZES = [30, 300, 2000];

// Materials of the product's own heading (85.18), from Japan: under the product's rule (RCEP
// 8518.90 "CTH or RVC40") every line fails the CTC and RVC falls short, so each keystroke's
// 原产地标准预判 has the most to do — criteria, cumulation what-if and the lines to suggest.
export const pastedLines = (count) =>
  Array.from({ length: count }, (_, i) => `原料${i + 1}\t8518290000\t日本\t千克\t1.25\t2\t0\t2.5`).join('\n');

/** A fresh 新增产品预审 page (no restored work in progress). */
export async function openNewEditor(page, base) {
  await page.goto(`${base}/?latency=off`);
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('origin-portal:wip:')) localStorage.removeItem(key);
  });
  await page.goto(`${base}/pre-reviews/new?latency=off`);
  // The page's frame (its heading) shows before the editor's code has arrived: wait for the sheet.
  await page.locator('#sheet-lines-0-materialName').waitFor();
  // A product the advice has a rule for (see pastedLines).
  await page.getByLabel('HS编码', { exact: true }).fill('8518900000');
  await page.getByLabel('单位产品出厂价').fill('5000.00');
  await page.getByLabel('单位产品 FOB 值').fill('6000.00');
}

/** 从表格导入 of `count` lines: from the click that puts them in the sheet to the sheet saying so. */
export async function importLines(page, count) {
  await page.getByRole('button', { name: '从表格导入' }).click();
  await page.getByLabel('粘贴表格内容').fill(pastedLines(count));
  // Since issue 17 the dialog previews first; before it, one button imported at once.
  const previewButton = page.getByRole('button', { name: '预览粘贴的内容' });
  const previews = (await previewButton.count()) > 0;
  if (previews) await previewButton.click();
  const ms = await timeClick(
    page,
    () => page.getByRole('button', { name: previews ? `导入 ${count} 行` : '导入粘贴的内容' }).click(),
    { text: `共 ${count} 行` },
  );
  if (!previews) await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  return ms;
}

/**
 * Ctrl+V of `count` copied rows into line 1's 原料名称 (a paste event carrying them, as the
 * browser sends it): from the event to the sheet saying it has `count` lines. Null where the
 * grid does not take a block (before issue 17 the block went into the one cell).
 */
export async function pasteBlockLines(page, count) {
  return page.evaluate(
    ({ text, count }) =>
      new Promise((resolve) => {
        const input = document.getElementById('sheet-lines-0-materialName');
        input.focus();
        const done = () => document.body.textContent.includes(`共 ${count} 行`);
        const start = performance.now();
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 10_000);
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const data = new DataTransfer();
        data.setData('text/plain', text);
        input.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }),
    { text: pastedLines(count), count },
  );
}

/** The lines of 产品生产明细: the table, which scrolls them itself (since issue 17). */
const LINES_TABLE = '[role="table"][aria-label="产品生产明细"]';

/**
 * Types `count` characters into 原料名称 of the middle line of a `lines`-line sheet. Each
 * keystroke is timed in the page from the keydown event's time stamp to the frame after the next
 * paint (rAF, then a task), and to the end of the app's synchronous handling of it (the input
 * event done); the Event Timing API (which reports events over 16 ms only) counts the slow ones.
 */
export async function typeIntoMiddleLine(page, lines, count = 40) {
  const index = Math.floor(lines / 2) - 1;
  await page.evaluate(
    ({ index, table }) => {
      const box = document.querySelector(table);
      if (box) box.scrollTop = index * 48 - 200;
    },
    { index, table: LINES_TABLE },
  );
  const field = page.locator(`#sheet-lines-${index}-materialName`);
  await field.waitFor();
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__keys = {
      latencies: [],
      processing: [],
      slow: 0,
      keydowns: 0,
      start: 0,
      first: Infinity,
      advice: [],
    };
    // 原产地标准预判's recomputations while typing (User Timing measures the panel makes).
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'origin-advice') window.__keys.advice.push(entry.duration);
    }).observe({ type: 'measure' });
    document.addEventListener(
      'keydown',
      (event) => {
        window.__keys.keydowns += 1;
        const start = event.timeStamp;
        window.__keys.first = Math.min(window.__keys.first, start);
        window.__keys.start = start;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__keys.latencies.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
    // The app's own synchronous work: keydown → the input event handled (React, which listens
    // on the root element below window, has rendered and committed the keystroke by then).
    window.addEventListener('input', () =>
      window.__keys.processing.push(performance.now() - window.__keys.start),
    );
    new PerformanceObserver((list) => {
      // Only the keys typed here: the End pressed before may be reported late (the share read 102 %).
      for (const entry of list.getEntries())
        if (entry.name === 'keydown' && entry.startTime >= window.__keys.first) window.__keys.slow += 1;
    }).observe({ type: 'event', durationThreshold: 16 });
  });
  const text = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH'.slice(0, count);
  await page.keyboard.type(text, { delay: 60 });
  await page.waitForTimeout(400); // the last frames, and the Event Timing observer's buffer
  const keys = await page.evaluate(() => window.__keys);
  const value = await field.inputValue();
  if (!value.endsWith(text)) throw new Error(`line ${index + 1} holds "${value}", not what was typed`);
  return {
    median: median(keys.latencies),
    p95: quantile(keys.latencies, 0.95),
    worst: Math.max(...keys.latencies),
    processing: median(keys.processing),
    processingP95: quantile(keys.processing, 0.95),
    slowShare: keys.slow / keys.keydowns,
    advice: keys.advice.length > 0 ? median(keys.advice) : null,
    adviceWorst: keys.advice.length > 0 ? Math.max(...keys.advice) : null,
  };
}

/**
 * Scrolling the sheet a screen at a time, as PageDown or a flick of the wheel does: the lines box
 * moved by its own height, down to the end (at most `screens` screens) and back up. For each
 * screen: the frame that answers the scroll (to the frame after the next paint: rAF, then a
 * task), and the moment every line in view has its inputs. Over the whole run, the longest gap
 * between two frames: the most the page was blocked at once. Then a wheel: 120 px (one notch) a
 * frame, each step timed the same way — the rows a step brings in, within a frame or not.
 */
export async function scrollScreens(page, screens = 12) {
  return page.evaluate(
    async ({ screens, table }) => {
      const box = document.querySelector(table);
      if (!box || box.scrollHeight <= box.clientHeight) throw new Error('the lines do not scroll');
      const header = box.querySelector('[role="rowgroup"]').offsetHeight;
      const lines = Number(box.getAttribute('aria-rowcount')) - 1;
      const frame = () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = resolve;
            channel.port2.postMessage(null);
          }),
        );
      /** Whether every line in view is rendered with its inputs. */
      const filled = () => {
        const first = Math.max(0, Math.floor((box.scrollTop - header) / rowHeight));
        const last = Math.min(lines - 1, Math.floor((box.scrollTop + box.clientHeight - header) / rowHeight));
        return (
          document.getElementById(`sheet-lines-${first}-materialName`) !== null &&
          document.getElementById(`sheet-lines-${last}-materialName`) !== null
        );
      };
      box.scrollTop = 0;
      await frame();
      await frame();
      for (let i = 0; i < 60 && !document.getElementById('sheet-lines-0-materialName'); i += 1) await frame();
      const rowHeight = document
        .getElementById('sheet-lines-0-materialName')
        .closest('[data-index]').offsetHeight;
      const answered = [];
      const shown = [];
      let last = performance.now();
      let longest = 0;
      let watching = true;
      const watch = (now) => {
        longest = Math.max(longest, now - last);
        last = now;
        if (watching) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      const move = async (by) => {
        const start = performance.now();
        box.scrollTop += by;
        await frame();
        answered.push(performance.now() - start);
        while (!filled() && performance.now() - start < 5_000) await frame();
        shown.push(performance.now() - start);
      };
      const step = box.clientHeight;
      let moved = 0;
      while (moved < screens && box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
        await move(step);
        moved += 1;
      }
      for (let i = 0; i < moved; i += 1) await move(-step);
      // A frame with nothing to do, for scale: what a step below costs when it costs nothing.
      const idle = [];
      for (let i = 0; i < 10; i += 1) {
        const start = performance.now();
        await frame();
        idle.push(performance.now() - start);
      }
      // A wheel: 120 px (one notch) a step, one step a frame, down through up to 60 steps.
      const wheel = [];
      box.scrollTop = 0;
      await frame();
      for (let i = 0; i < 60 && box.scrollTop + box.clientHeight < box.scrollHeight - 1; i += 1) {
        const start = performance.now();
        box.scrollTop += 120;
        await frame();
        wheel.push(performance.now() - start);
      }
      box.scrollTop = 0; // as it was found
      watching = false;
      const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      return {
        answered: mid(answered),
        shown: mid(shown),
        shownWorst: Math.max(0, ...shown),
        longestFrame: longest,
        count: answered.length,
        idle: mid(idle),
        wheel: mid(wheel),
        wheelWorst: Math.max(0, ...wheel),
      };
    },
    { screens, table: LINES_TABLE },
  );
}

// ---------------------------------------------------------------------------------------------
// 查询 at volume

/** The service's own time per query: fetches from the page, as the app makes them. */
export function serviceTimes(page) {
  return page.evaluate(async () => {
    const token = localStorage.getItem('origin-portal:session-token');
    const urls = {
      'page 1': '/api/pre-reviews?page=1&pageSize=20',
      filter: '/api/pre-reviews?hs=8466&state=%E6%AD%A3%E5%B8%B8&page=1&pageSize=20',
      sort: '/api/pre-reviews?sort=nameCn&order=asc&page=1&pageSize=20',
      acceptance: '/api/acceptance?page=1&pageSize=20',
    };
    const out = {};
    for (const [label, url] of Object.entries(urls)) {
      const start = performance.now();
      const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      await response.json();
      out[label] = performance.now() - start;
    }
    return out;
  });
}

/** Milliseconds from 查询 in the search form named `form` to the list saying it found `total`. */
const timeSearch = (page, form, total) =>
  timeClick(
    page,
    () =>
      page
        .getByRole('search', { name: form })
        .getByRole('button', { name: /查\s*询/ })
        .click(),
    { text: `共 ${total} 条` },
  );

/** A list's first row (the console's: its 统一社会信用代码, then 申请内容). */
const FIRST_ROW = '.ant-table-tbody tr.ant-table-row';

/** Until the page has made no request for half a second, and the browser is idle. */
async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 })));
}

/** The HS filter and the sort the list measurement uses. */
const LIST_FILTER = '8466';

/**
 * What the list must show after each step, as the service answers it for the data loaded (10,000
 * records in the bench; the standard demo's few in the smoke pass): the count, the filtered count,
 * and the first product by name among the filtered.
 */
function expectedList(page) {
  return page.evaluate(async (hs) => {
    const token = localStorage.getItem('origin-portal:session-token');
    const get = async (query) =>
      (await fetch(`/api/pre-reviews?${query}`, { headers: { Authorization: `Bearer ${token}` } })).json();
    const all = await get('page=1&pageSize=20');
    const filtered = await get(`hs=${hs}&sort=nameCn&order=asc&page=1&pageSize=20`);
    return { total: all.total, filtered: filtered.total, first: filtered.preReviews[0]?.nameCn };
  }, LIST_FILTER);
}

/** From a click to the list showing what it asked for: the list, a filter, a sort. */
export async function screenTimes(page, base) {
  await page.goto(`${base}/?latency=off`);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.waitFor();
  const expected = await expectedList(page);
  if (!expected.first) throw new Error(`no pre-review with HS ${LIST_FILTER} to measure the sort on`);
  // As a user who looks at the home page a moment before choosing: the shell has loaded its
  // menu's pages meanwhile (src/app/preloadPages.ts).
  await settled(page);
  const shown = await timeClick(
    page,
    () => nav.getByRole('link', { name: '产品预审', exact: true }).click(),
    { text: `共 ${expected.total} 条` },
  );
  await page.getByRole('textbox', { name: 'HS编码' }).fill(LIST_FILTER);
  const filter = await timeSearch(page, '查询产品预审', expected.filtered);
  const sort = await timeClick(page, () => page.getByRole('columnheader', { name: /产品中文名称/ }).click(), {
    text: expected.first,
    within: FIRST_ROW, // at 100 records the first by name may be on the page already
  });
  return { shown, filter, sort };
}

/**
 * Loads a 海关办公室 volume as 演示数据管理 does (a reset, loaded in the background) and waits for
 * it; the milliseconds from the request to the status saying it is loaded.
 */
export async function loadVolume(page, scenario) {
  return page.evaluate(async (scenario) => {
    const start = performance.now();
    const answer = await fetch('/api/demo/reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenario }),
    });
    if (!answer.ok) throw new Error(`reset to ${scenario}: ${answer.status}`);
    for (;;) {
      const status = await (await fetch('/api/demo/status')).json();
      if (!status.loading) {
        if (status.scenario !== scenario) throw new Error(`${scenario} did not load (${status.scenario})`);
        return performance.now() - start;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, scenario);
}

/** The console's queries the bench times, as its tabs, filters and column sorts make them. */
export const CONSOLE_QUERIES = {
  待审核第1页: 'status=pending&page=1&pageSize=20',
  已审核第1页: 'status=decided&page=1&pageSize=20',
  按申请类型筛选: 'status=decided&type=preReviewChange&page=1&pageSize=20',
  按企业名称筛选: `status=pending&enterprise=${encodeURIComponent('宁波')}&page=1&pageSize=20`,
  按审核日期筛选: 'status=decided&from=2026-06-01&to=2026-08-31&page=1&pageSize=20',
  按申报时间倒序: 'status=decided&sort=declaredAt&order=desc&page=1&pageSize=20',
};

/**
 * Each console query as the page sees it (ms to its answer) and as the service says it took
 * (Server-Timing), the first read of the index apart (`cold`: the first query after a load).
 */
export function consoleServiceTimes(page) {
  return page.evaluate(async (queries) => {
    const token = localStorage.getItem('origin-portal:session-token');
    const ask = async (query) => {
      const start = performance.now();
      const response = await fetch(`/api/customs/applications?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!response.ok) throw new Error(`console query ${query}: ${response.status}`);
      await response.json();
      const service = /dur=([\d.]+)/.exec(response.headers.get('Server-Timing') ?? '');
      return { page: performance.now() - start, service: service ? Number(service[1]) : NaN };
    };
    const out = { cold: await ask(Object.values(queries)[0]) };
    for (const [label, query] of Object.entries(queries)) {
      const runs = [];
      for (let i = 0; i < 3; i += 1) runs.push(await ask(query));
      runs.sort((a, b) => a.service - b.service);
      out[label] = runs[1];
    }
    return out;
  }, CONSOLE_QUERIES);
}

/** What the console must show after each step, as the service answers it for the data loaded. */
function expectedConsole(page, enterprise) {
  return page.evaluate(async (enterprise) => {
    const token = localStorage.getItem('origin-portal:session-token');
    const get = async (query) => {
      const response = await fetch(`/api/customs/applications?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!response.ok) throw new Error(`console query ${query}: ${response.status}`);
      return response.json();
    };
    const name = `enterprise=${encodeURIComponent(enterprise)}`;
    const [pending, decided, filtered, sorted] = await Promise.all([
      get('status=pending&page=1&pageSize=20'),
      get('status=decided&page=1&pageSize=20'),
      get(`status=pending&${name}&page=1&pageSize=20`),
      get(`status=pending&${name}&sort=declaredAt&order=desc&page=1&pageSize=20`),
    ]);
    const first = (answer) => answer.items[0] && `${answer.items[0].enterprise.uscc}${answer.items[0].asked}`;
    return {
      pending: pending.total,
      decided: decided.total,
      filtered: filtered.total,
      ascending: first(filtered),
      descending: first(sorted),
    };
  }, enterprise);
}

/**
 * 海关审核台 on the page, from a click to the table showing what it asked for: each tab from the
 * other (its answer not yet cached), a filter by 企业名称, the sort by 申报时间, and the console
 * opened from the menu (its page's code loaded then too). Each page is loaded afresh and the
 * service's index read once first (its cold read is `consoleServiceTimes`'s), so each figure is
 * the officer's at work.
 */
export async function consoleScreenTimes(page, base) {
  await page.goto(`${base}/customs?status=decided&latency=off`);
  await page.getByText(/共 \d+ 条/).waitFor(); // the simulator answers
  const expected = await expectedConsole(page, '宁波');
  if (!expected.descending || expected.ascending === expected.descending)
    throw new Error('the console has no 宁波 applications to measure the sort on');
  await page.getByText(`共 ${expected.decided} 条`).waitFor();
  const pending = await timeClick(page, () => page.getByRole('tab', { name: '待审核' }).click(), {
    text: `共 ${expected.pending} 条`,
  });
  await page.getByRole('textbox', { name: '企业名称' }).fill('宁波');
  const filter = await timeSearch(page, '查询审核队列', expected.filtered);
  await page.locator(FIRST_ROW).first().filter({ hasText: expected.ascending }).waitFor();
  const sort = await timeClick(page, () => page.getByRole('columnheader', { name: /申报时间/ }).click(), {
    text: expected.descending,
    within: FIRST_ROW,
  });

  await page.goto(`${base}/customs`);
  await page.getByText(`共 ${expected.pending} 条`).waitFor();
  const decided = await timeClick(page, () => page.getByRole('tab', { name: '已审核' }).click(), {
    text: `共 ${expected.decided} 条`,
  });

  // Another of the officer's pages, to open the console from the menu.
  await page.goto(`${base}/customs/verifications/new`);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.waitFor();
  await expectedConsole(page, '宁波');
  const fromMenu = await timeClick(
    page,
    () => nav.getByRole('link', { name: '审核队列', exact: true }).click(),
    {
      text: `共 ${expected.pending} 条`,
    },
  );
  return { pending, decided, filter, sort, fromMenu };
}
