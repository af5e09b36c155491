// The JS and CSS a user downloads before the login page is usable, gzip, measured in Chromium on
// the production build: with the simulated customs service (as shipped for demos) and without it
// (VITE_API_MOCKING=off, as a real deployment would ship), so the app and the mock-worker parts
// can be told apart. Also the pre-review editor route, after login.
//   npm run bench:bundle
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4182;
const BASE = `http://127.0.0.1:${PORT}`;

function build(outDir, env) {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error(`vite build into ${outDir} failed`);
}

async function serve(outDir) {
  // Its own process group, so that stopping it stops vite too (npx would leave it running).
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => process.kill(-server.pid, 'SIGTERM');
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(BASE)).ok) return { stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('vite preview did not start');
}

/** gzip bytes of every .js/.css file the page requested while `steps` ran. */
async function measure(outDir, steps) {
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  const seen = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\.(js|css)$/.test(path)) seen.push(path);
  });
  try {
    const phases = {};
    for (const [name, step] of Object.entries(steps)) {
      const before = seen.length;
      await step(page);
      // Files not fetched in an earlier phase (a reload fetches them again, from the cache).
      const earlier = new Set(seen.slice(0, before));
      phases[name] = [...new Set(seen.slice(before))]
        .filter((path) => !earlier.has(path))
        .reduce((sum, path) => sum + gzipSync(readFileSync(`${outDir}${path}`)).length, 0);
    }
    return phases;
  } finally {
    await browser.close();
    server.stop();
    await new Promise((r) => setTimeout(r, 500)); // the port is free again
  }
}

const loginUsable = async (page) => {
  await page.goto(`${BASE}/login`);
  await page.getByRole('button', { name: '登录', exact: true }).waitFor();
};
const editorAfterLogin = async (page) => {
  await page.getByRole('button', { name: '使用演示账号 jinggong' }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  await page.goto(`${BASE}/pre-reviews/new`);
  await page.getByRole('heading', { name: '新增产品预审' }).waitFor();
};

build('dist-bench-mock', {});
build('dist-bench-app', { VITE_API_MOCKING: 'off' });
const withMock = await measure('dist-bench-mock', { login: loginUsable, editor: editorAfterLogin });
const appOnly = await measure('dist-bench-app', { login: loginUsable });
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('\nJS + CSS before the login page is usable (gzip), production build, Chromium\n');
console.log(`app (no mock worker)          ${kB(appOnly.login).padStart(9)}   target ≤ 250 kB`);
console.log(`mock worker and what it adds  ${kB(withMock.login - appOnly.login).padStart(9)}`);
console.log(`total as shipped for demos    ${kB(withMock.login).padStart(9)}`);
console.log(`then home + pre-review editor ${kB(withMock.editor).padStart(9)}  (code fetched after login)`);
spawnSync('rm', ['-rf', 'dist-bench-mock', 'dist-bench-app']);
process.exit(0);
