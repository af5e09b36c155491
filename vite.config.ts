/// <reference types="vitest/config" />
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { securityHeaders } from './securityHeaders';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The app's integration tests (.tsx: the app rendered against the simulated service) first, then
 * the rest; larger files first within each. Vitest's own order needs durations from an earlier
 * run, which a fresh clone (CI) has not: by size alone, a short file of slow tests (the trouble
 * tests, 70 s) started last and ran alone on one of the two cores while the other sat idle.
 */
class IntegrationFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rendered = (spec: TestSpecification) => (spec.moduleId.endsWith('.tsx') ? 0 : 1);
    return [...files].sort(
      (a, b) => rendered(a) - rendered(b) || statSync(b.moduleId).size - statSync(a.moduleId).size,
    );
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  // The simulated customs service and everything of the demo (演示数据管理, demo accounts, the
  // notices) are in the build unless VITE_API_MOCKING=off: a deployment build for a real backend.
  // A constant, so that the bundler drops the demo's code rather than only hiding it.
  define: {
    __SIMULATOR__: JSON.stringify(
      (process.env.VITE_API_MOCKING ?? loadEnv(mode, process.cwd(), 'VITE_').VITE_API_MOCKING) !== 'off',
    ),
  },
  resolve: {
    alias: {
      '@': fromRoot('./src'),
      '@mocks': fromRoot('./mocks'),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: 5173 },
  // A deployment serves the app and the customs API under one origin. API_PROXY_TARGET points
  // /api at a backend (the Node mock server of `npm run serve:api`, or a real one).
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: securityHeaders,
    ...(process.env.API_PROXY_TARGET ? { proxy: { '/api': process.env.API_PROXY_TARGET } } : {}),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // antd in jsdom costs ~3.5 s per isolated file; sharing the module graph keeps the suite fast.
    // setup.ts resets MSW handlers, the mock database and the query cache after every test.
    isolate: false,
    // Vitest's default leaves one core free (cores − 1: one worker on CI's two). The files wait on
    // the app's timers about a quarter of the time, so two workers on two cores took 5.1 min
    // against 8.8 (issue 36).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 20_000,
    css: false,
    sequence: { sequencer: IntegrationFirst },
  },
}));
