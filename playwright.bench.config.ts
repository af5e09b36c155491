// The bench's measured demos (e2e/bench/): the guided flows played against the build the bench
// serves (BENCH_BASE), with the journeys' browser settings; no retry, no server of its own.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'e2e/bench',
  testIgnore: [],
  outputDir: 'test-results-bench',
  retries: 0,
  // A flow with the realistic latency takes a minute or two; its target is two.
  timeout: 300_000,
  reporter: 'list',
  use: { ...base.use, baseURL: process.env.BENCH_BASE },
  webServer: undefined,
});
