// npm run bench [-- runs]: the product's budgets, measured on the production build in Debian's
// Chromium and printed as one table — each figure the median of `runs` (default 5) with its
// spread, beside its target. Not asserted anywhere: a figure that misses its target is a finding.
// `npm run bench -- --smoke` (run by `npm test`): every measurement once, the smallest sheet only,
// 查询 on the standard demo data rather than 100, 10,000 and 100,000 records, the console at 1,000
// applications, one guided flow, no figure judged — it fails only when a measurement cannot be
// taken (the app changed under it). The API latency the demo simulates is switched off
// (?latency=off): the figures are the app's — but for the guided flows, played as a presenter
// sees them, with the realistic latency (120–380 ms a request).
// `--no-throttle`: as the machine is only (not also at CPU 4×); `--only=list,console`: some parts.
// Writes the table to .bench/latest.md and the raw runs to .bench/latest.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build, launch, launchProfile, median, serve, signInAs, throttled } from './lib.mjs';
import {
  CONSOLE_QUERIES,
  consoleScreenTimes,
  consoleServiceTimes,
  loadVolume,
  gzipBytes,
  loadedAssets,
  loginToHome,
  loginUsable,
  markLoginUsable,
  importLines,
  openNewEditor,
  pasteBlockLines,
  scrollScreens,
  SHEET_SIZES,
  screenTimes,
  serviceTimes,
  trackAssets,
  typeIntoMiddleLine,
} from './measure.mjs';

const SMOKE = process.argv.includes('--smoke');
const RUNS = SMOKE ? 1 : Math.max(1, Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 5));
const sheetSizes = SMOKE ? SHEET_SIZES.slice(0, 1) : SHEET_SIZES;
// `--reuse-builds`: measure the builds `npm test` has just made (dist, and dist-deploy without
// the mock worker) instead of building two of its own.
const REUSE = process.argv.includes('--reuse-builds');
const MOCK_DIR = REUSE ? 'dist' : 'dist-bench-mock';
const APP_DIR = REUSE ? 'dist-deploy' : 'dist-bench-app';
/** The stack's floor (bench/floor): the least login page this stack makes, built every run. */
const FLOOR_DIR = 'dist-bench-floor';
const VIEWPORT = { width: 1280, height: 900 };

/**
 * `--only=list,console`: those parts alone (start, editor, list, console, flows), to measure a
 * change quickly; the table is printed but not kept in .bench.
 */
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const measuring = (part) => !ONLY || ONLY.includes(part);

/** The CPU speeds measured: as the machine is, and slowed 4× (an office PC). */
const RATES = SMOKE || process.argv.includes('--no-throttle') ? [1] : [1, 4];
/** The CPU slowdown of the pass being measured. */
let rate = 1;

/** label → { unit, runs: { [rate]: number[] }, targets: { [rate]: number | undefined } } */
const figures = new Map();
/** A run of `label` at the current CPU; `target` as the machine is, `slowTarget` at 4×. */
const record = (label, unit, value, target, slowTarget) => {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`the bench could not measure “${label}” (got ${value})`);
  const figure = figures.get(label) ?? { unit, runs: {}, targets: { 1: target, 4: slowTarget } };
  (figure.runs[rate] ??= []).push(value);
  figures.set(label, figure);
};
const runsOf = (label) => figures.get(label).runs[rate];
const log = (message) => process.stderr.write(`${message}\n`);

if (!REUSE) {
  log('building (with the mock worker, and without it as a real deployment would ship)…');
  build(MOCK_DIR);
  build(APP_DIR, { VITE_API_MOCKING: 'off' });
}
build(FLOOR_DIR, {}, 'bench/floor/vite.config.ts');

/** `label` as the ratio of two figures' medians (measured in this run, so any machine's). */
const ratio = (label, over, under, target, slowTarget) =>
  record(label, '×', median(runsOf(over)) / median(runsOf(under)), target, slowTarget);
const browser = await launch();
/** A new page of `context`, its CPU slowed as this pass measures. */
const openPage = async (context) => throttled(await context.newPage(), rate);

/**
 * Every measurement, once per CPU: as the machine is, then (unless a smoke pass or
 * `--no-throttle`) with Chromium's CPU slowed 4× — an exporter's office PC, as Lighthouse's mobile
 * profile slows it (CDP `Emulation.setCPUThrottlingRate`, on every page the bench opens).
 */
async function measureAll() {
  const server = await serve(MOCK_DIR, 4180);
  const { base } = server;
  if (measuring('start')) await measureStartUp(base);
  if (measuring('editor')) await measureEditor(base);
  if (measuring('list')) await measureList(base);
  if (measuring('console')) await measureConsole(base);
  if (measuring('flows')) measureFlows(base);
  await server.stop();
}

/** The bytes of the login page and the floor's; the first and returning visits, and the floor's. */
async function measureStartUp(base) {
  const floor = await serve(FLOOR_DIR, 4183);
  // ---- bytes: what the login page needs without the mock worker, and the floor's. They are the
  // builds', whatever the CPU: measured as the machine is only.
  if (rate === 1) {
    const app = await serve(APP_DIR, 4182);
    record('登录页 JS+CSS（不含模拟服务）', 'kB', await loginBytes(APP_DIR, `${app.base}/login`), 250);
    await app.stop();
    record('下限：登录页 JS+CSS', 'kB', await loginBytes(FLOOR_DIR, floor.base));
    ratio(
      '登录页 JS+CSS（不含模拟服务）÷ 下限',
      '登录页 JS+CSS（不含模拟服务）',
      '下限：登录页 JS+CSS',
      1.15,
    );
  }

  // ---- start-up, each run a new browser profile (first visit), then a reload (returning visit)
  log('start-up…');
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(markLoginUsable);
    const page = await openPage(context);
    const assets = trackAssets(page);
    record('登录页可用（首次访问）', 'ms', await loginUsable(page, `${base}/login?latency=off`), 1000);
    {
      const other = await browser.newContext({ viewport: VIEWPORT });
      await other.addInitScript(markLoginUsable);
      record('下限：登录页可用（首次访问）', 'ms', await loginUsable(await openPage(other), floor.base));
      await other.close();
    }
    if (run === 0 && rate === 1) {
      const withMock = gzipBytes(MOCK_DIR, assets.take()) / 1024;
      const appOnly = runsOf('登录页 JS+CSS（不含模拟服务）')[0];
      record('登录页 JS+CSS：模拟服务部分', 'kB', withMock - appOnly);
    }
    record('登录页可用（再次访问）', 'ms', await loginUsable(page, `${base}/login?latency=off`), 1000);
    record('登录 → 首页数据显示', 'ms', await loginToHome(page));
    if (run === 0 && rate === 1) {
      // What the home page's document loaded, then the editor's: the editor's own is the rest.
      // (Counting the requests Playwright reported read 0 kB in some runs.)
      const home = new Set(await loadedAssets(page));
      await page.goto(`${base}/pre-reviews/new?latency=off`);
      await page.getByRole('heading', { name: '新增产品预审' }).waitFor();
      const editor = (await loadedAssets(page)).filter((path) => !home.has(path));
      record('产品预审编辑页 JS+CSS（登录后另取）', 'kB', gzipBytes(MOCK_DIR, editor) / 1024);
    }
    await context.close();
  }
  await floor.stop();
  ratio('登录页可用（首次访问）÷ 下限', '登录页可用（首次访问）', '下限：登录页可用（首次访问）', 1.3, 1.3);
}

async function measureEditor(base) {
  // ---- the pre-review editor at 30, 300 and 2,000 lines: import, Ctrl+V of a block, typing
  log('editor…');
  {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await openPage(context);
    await signInAs(page, base);
    for (let run = 0; run < RUNS; run += 1) {
      await openNewEditor(page, base);
      record('从表格导入 300 行', 'ms', await importLines(page, 300), 500);
      for (const lines of sheetSizes) {
        await openNewEditor(page, base);
        const pasted = await pasteBlockLines(page, lines);
        record(`Ctrl+V 粘贴 ${lines} 行`, 'ms', pasted, lines === 2000 ? 1000 : undefined);
        const scroll = await scrollScreens(page);
        record(`滚动一屏：页面响应 中位数（${lines} 行）`, 'ms', scroll.answered, 16.7);
        record(`滚动一屏：可见行全部显示 中位数（${lines} 行）`, 'ms', scroll.shown);
        record(`滚动一屏：可见行全部显示 最差（${lines} 行）`, 'ms', scroll.shownWorst);
        record(`滚动时最长一帧（${lines} 行）`, 'ms', scroll.longestFrame, 50);
        record(`空闲一帧（对照，${lines} 行）`, 'ms', scroll.idle);
        record(`滚轮每步（120 px）中位数（${lines} 行）`, 'ms', scroll.wheel, 16.7);
        record(`滚轮每步（120 px）最差（${lines} 行）`, 'ms', scroll.wheelWorst, 33.4);
        const keys = await typeIntoMiddleLine(page, lines);
        // keydown → the next frame is one frame (16.7 ms at 60 Hz) plus the handling: said as such,
        // and the handling — what the code costs — judged on its own (issue 21: ≤ 4 ms as the
        // machine is, ≤ 16 ms at 4×, at 300 and 2,000 lines).
        record(`按键到下一帧 中位数（一帧 + 处理，${lines} 行）`, 'ms', keys.median);
        record(`按键到下一帧 p95（一帧 + 处理，${lines} 行）`, 'ms', keys.p95);
        record(`按键到下一帧 最差（${lines} 行）`, 'ms', keys.worst, 50);
        record(`超过 16 ms 的按键占比（${lines} 行）`, '%', keys.slowShare * 100);
        const judged = lines >= 300 ? [4, 16] : [];
        record(`按键处理（应用自身）中位数（${lines} 行）`, 'ms', keys.processing, ...judged);
        record(`按键处理（应用自身）p95（${lines} 行）`, 'ms', keys.processingP95);
        // Runs after the keystroke's frame has painted; within a frame it never holds up the next.
        record(`原产地标准预判 每次按键计算 中位数（${lines} 行）`, 'ms', keys.advice, 16);
        record(`原产地标准预判 每次按键计算 最差（${lines} 行）`, 'ms', keys.adviceWorst, 50);
      }
    }
    await context.close();
    // What size costs a keystroke: the 2,000-line figure as a multiple of the 30-line one.
    for (const [label, at, target] of [
      ['按键到下一帧 p95', (lines) => `按键到下一帧 p95（一帧 + 处理，${lines} 行）`, 1.2],
      ['按键处理（应用自身）中位数', (lines) => `按键处理（应用自身）中位数（${lines} 行）`, undefined],
      ['滚动一屏：可见行全部显示 中位数', (lines) => `滚动一屏：可见行全部显示 中位数（${lines} 行）`, 2],
      ['滚轮每步（120 px）中位数', (lines) => `滚轮每步（120 px）中位数（${lines} 行）`, 2],
    ]) {
      if (figures.get(at(30)) && figures.get(at(2000)))
        ratio(`${label}：2,000 行 ÷ 30 行`, at(2000), at(30), target, target);
    }
  }
}

/** 查询's volumes (listVolumes in mocks/scenarios.ts); the smoke pass: the standard demo's few. */
const LIST_VOLUMES = SMOKE
  ? [['standard', '演示数据', '标准演示']]
  : [
      ['large-100', '100', '产品预审（100条）'],
      ['large', '1万', '产品预审（1万条）'],
      ['large-100k', '10万', '产品预审（10万条）'],
    ];

async function measureList(base) {
  // ---- 查询 at 100, 10,000 and 100,000 records: the service's own times and the page's. A page
  // should cost about the same at each size (its cost follows the page, not the table).
  log('查询 at volume…');
  await atVolumes(base, LIST_VOLUMES, 'jinggong', async (page, size) => {
    // The first query after a load builds the enterprise's list (mocks/domain/preReview/listIndex.ts).
    record(`服务：产品预审查询 登录后首次（${size}条）`, 'ms', (await serviceTimes(page))['page 1']);
    const judged = size === '1万';
    for (let run = 0; run < RUNS; run += 1) {
      const service = await serviceTimes(page);
      record(`服务：产品预审查询 第 1 页（${size}条）`, 'ms', service['page 1']);
      record(`服务：按 HS 编码+状态筛选（${size}条）`, 'ms', service.filter);
      record(`服务：按产品名称排序（${size}条）`, 'ms', service.sort);
      record(`服务：受理情况查询 第 1 页（${size}条）`, 'ms', service.acceptance, judged ? 100 : undefined);
      const screen = await screenTimes(page, base);
      record(`页面：列表显示（${size}条）`, 'ms', screen.shown, ...(judged ? [300, 1000] : []));
      record(`页面：筛选（${size}条）`, 'ms', screen.filter, ...(judged ? [150, 500] : []));
      record(`页面：排序（${size}条）`, 'ms', screen.sort, ...(judged ? [150, 500] : []));
    }
  });
  if (!SMOKE)
    ratio('页面：列表显示 10万条 ÷ 100条', '页面：列表显示（10万条）', '页面：列表显示（100条）', 1.3, 1.3);
}

/**
 * Loads each of `volumes` ([scenario, size, what it holds]) as 演示数据管理 does, in a profile on disk (as a
 * trainer's browser keeps its data: see launchProfile), signs in as `username` and runs
 * `measure(page, size)`; the load's time is recorded too.
 */
async function atVolumes(base, volumes, username, measure) {
  const context = await launchProfile({ viewport: VIEWPORT });
  const page = await openPage(context);
  await page.goto(`${base}/demo?latency=off`);
  await page.getByRole('heading', { name: '演示数据管理' }).waitFor();
  for (const [scenario, size, holds] of volumes) {
    log(`  ${scenario}…`);
    record(
      `载入 ${holds}`,
      'ms',
      await loadVolume(page, scenario),
      scenario === 'office' ? 30_000 : undefined,
    );
    await signInAs(page, base, username);
    await measure(page, size);
    // Signed out, so the next volume signs in again (a reset keeps the sessions).
    await page.getByRole('button', { name: '退出' }).click();
    await page.getByRole('tab', { name: '账号登录' }).waitFor();
    await page.goto(`${base}/demo?latency=off`);
    await page.getByRole('heading', { name: '演示数据管理' }).waitFor(); // the simulator answers
  }
  await context.close();
}

async function measureConsole(base) {
  // ---- 海关审核台 at a customs office's volume: 1,000, 10,000 and 100,000 applications (the smoke
  // pass: 1,000). The service's own time (Server-Timing) beside the page's: a page of the queue
  // should cost about the same at each size.
  log('the console at volume…');
  const volumes = SMOKE
    ? [['office-1k', '1千', '海关办公室（1千条申请）']]
    : [
        ['office-1k', '1千', '海关办公室（1千条申请）'],
        ['office-10k', '1万', '海关办公室（1万条申请）'],
        ['office', '10万', '海关办公室（10万条申请）'],
      ];
  await atVolumes(base, volumes, 'haiguan', async (page, size) => {
    for (let run = 0; run < RUNS; run += 1) {
      const times = await consoleServiceTimes(page);
      if (run === 0) record(`审核台 首次查询（建索引，${size}条）：服务`, 'ms', times.cold.service);
      for (const label of Object.keys(CONSOLE_QUERIES)) {
        record(`审核台 ${label}（${size}条）：服务`, 'ms', times[label].service);
        record(`审核台 ${label}（${size}条）：页面收到`, 'ms', times[label].page);
      }
      const screen = await consoleScreenTimes(page, base);
      record(`审核台页面：待审核（${size}条）`, 'ms', screen.pending, 300);
      record(`审核台页面：已审核（${size}条）`, 'ms', screen.decided, 300);
      record(`审核台页面：按企业名称筛选（${size}条）`, 'ms', screen.filter, 150);
      record(`审核台页面：按申报时间排序（${size}条）`, 'ms', screen.sort, 150);
      record(`审核台页面：从菜单打开（${size}条，含载入页面代码）`, 'ms', screen.fromMenu);
    }
  });
}

function measureFlows(base) {
  // ---- the guided demo flows, each played from a fresh browser with the realistic latency (the
  // smoke pass: the shortest). Playwright plays them (e2e/bench/flowTimes.spec.ts) against this
  // server; each pass of the eight takes over a minute, so at most three.
  log('the guided flows…');
  for (const flow of playFlows(base, SMOKE || rate > 1 ? 1 : Math.min(RUNS, 3))) {
    record(`演示流程：${flow.name}`, 's', flow.ms / 1000, 120);
  }
}

for (const each of RATES) {
  rate = each;
  log(`CPU ${rate === 1 ? 'as it is' : `slowed ${rate}×`}:`);
  await measureAll();
}

await finish();

/** The JS+CSS (gzip, kB) of `dir`'s build a first visit to `url` fetches until its 登录 shows. */
async function loginBytes(dir, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await openPage(context);
  const assets = trackAssets(page);
  await page.goto(url);
  await page.getByRole('button', { name: /^登\s*录$/ }).waitFor();
  await context.close();
  return gzipBytes(dir, assets.take()) / 1024;
}

/** Plays every guided flow `passes` times; each play's flow and milliseconds. */
function playFlows(base, passes) {
  const dir = mkdtempSync(join(tmpdir(), 'origin-portal-flows-'));
  const file = join(dir, 'times.jsonl');
  const result = spawnSync(
    'npx',
    ['playwright', 'test', '-c', 'playwright.bench.config.ts', `--repeat-each=${passes}`],
    {
      env: {
        ...process.env,
        BENCH_BASE: base,
        FLOW_TIMES: file,
        FLOW_CPU_SLOWDOWN: String(rate),
        ...(SMOKE ? { FLOW_SMOKE: '1' } : {}),
      },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `the guided flows did not play:\n${result.stdout.slice(-4000)}${result.stderr.slice(-2000)}`,
    );
  }
  const times = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  rmSync(dir, { recursive: true, force: true });
  return times;
}

async function finish() {
  await browser.close();
  spawnSync('rm', ['-rf', FLOOR_DIR, ...(REUSE ? [] : [MOCK_DIR, APP_DIR])]);

  // ---- the table: each figure as the machine is, then with the CPU slowed 4×
  const fmt = (value, unit) => value.toFixed(unit === '×' ? 2 : unit === 'kB' || unit === 's' ? 1 : 0);
  const cells = (unit, runs, target) => {
    if (!runs) return ['', '', '', ''];
    const value = median(runs);
    const spread =
      runs.length > 1 && Math.max(...runs) - Math.min(...runs) > 0.05
        ? `${fmt(Math.min(...runs), unit)}–${fmt(Math.max(...runs), unit)}`
        : '—';
    // A smoke pass's single run on a busy machine says nothing about a target: none is judged.
    const verdict = target === undefined || SMOKE ? '' : value <= target ? '达标' : '未达标';
    return [
      `${fmt(value, unit)} ${unit}`,
      spread,
      target === undefined ? '' : `≤ ${target} ${unit}`,
      verdict,
    ];
  };
  const rows = [...figures].map(([label, { unit, runs, targets }]) => [
    label,
    ...RATES.flatMap((each) => cells(unit, runs[each], targets[each])),
  ]);
  const header = [
    '指标',
    ...RATES.flatMap((each) => {
      const cpu = each === 1 ? '' : `（CPU ${each}× 降速）`;
      return [`中位数${cpu}`, '范围', '目标', ''];
    }),
  ];
  const table = [header, header.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
  const title = `Origin Portal bench — production build, Chromium, ${RUNS} runs, ${new Date().toISOString()}`;
  console.log(`\n${title}\n\n${table}\n`);
  // A smoke pass's figures are not the product's, nor are a few parts': .bench keeps the last full run.
  if (SMOKE || ONLY) process.exit(0);
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/latest.md', `${title}\n\n${table}\n`);
  writeFileSync('.bench/latest.json', JSON.stringify(Object.fromEntries(figures), null, 2));
  process.exit(0);
}
