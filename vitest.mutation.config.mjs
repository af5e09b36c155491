// Vitest for mutation testing only (`npm run mutation`, stryker.config.mjs): the service's own
// tests (mocks/**/*.test.ts, as in `npm test`) and the conformance suite against the Node service
// in-process (scripts/contract/conformance.mutation.mjs), so that both see StrykerJS's mutants.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  define: { __SIMULATOR__: 'true' },
  resolve: { alias: { '@': fromRoot('./src'), '@mocks': fromRoot('./mocks') } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    css: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'service',
          environment: 'jsdom',
          include: ['mocks/**/*.test.ts'],
          // 10,000 records through 演示数据管理: a test of volume (and 5 s), not of a rule; it covers
          // nearly every line, so it would run for nearly every mutant.
          exclude: ['mocks/__tests__/largeScenario.test.ts'],
          setupFiles: ['src/test/setup.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          environment: 'node',
          include: ['scripts/contract/conformance.mutation.mjs'],
        },
      },
    ],
  },
});
