// Browser journeys against the production build (vite preview), in Chromium.
import { defineConfig } from '@playwright/test';
import { findChromium } from './e2e/chromium';
import { chromiumArgs } from './e2e/chromiumArgs.mjs';

const PORT = 4173;

export default defineConfig({
  testDir: 'e2e',
  // The deployment build's journey has its own servers (playwright.deploy.config.ts); the bench
  // plays its flows itself (playwright.bench.config.ts).
  testIgnore: ['deployment/**', 'bench/**'],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // One worker: a journey keeps both cores busy (Chromium's renderer, compositor and the runner),
  // and two workers took twice as long each for no gain (measured, issue 36).
  workers: 1,
  // A journey that fails is run once more, with a trace; one that then passes is reported as
  // flaky by npm test's summary — a defect to fix, never counted as passed in silence.
  retries: 1,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.playwright-results.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    // Recording a trace of every journey cost a fifth of the run; it is recorded for the retry.
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs(),
    },
  },
  webServer: {
    // The bundle is built first (npm run test:e2e / npm test); serve it as production would.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
