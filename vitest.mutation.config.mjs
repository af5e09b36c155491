// Vitest for mutation testing only (`npm run mutation`, stryker.config.mjs): the service's own
// tests (mocks/**/*.test.ts, as in `npm test`) and the conformance suite against the Node service
// in-process (scripts/contract/conformance.mutation.mjs), so that both see StrykerJS's mutants.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';

const fromRoot = (path) => fileURLToPath(new URL(path, import.meta.url));

// Tests of volume and property runs: seconds each, so they run last for a mutant that covers them.
const slowFiles = [
  'preReviewModelBased.test.ts',
  'preReviewList.test.ts',
  'database.test.ts',
  'hostileInput.test.ts',
  'requestKeys.test.ts',
];
const slowness = (spec) => slowFiles.findIndex((name) => spec.moduleId.endsWith(name));

/**
 * StrykerJS stops a mutant's run at its first failing test (bail), so the order is the cost: the
 * service's small tests first (smallest file first), then its slow ones, then the conformance
 * suite (project groupOrder). Most mutants die in the first second; a survivor still runs all.
 */
class CheapestFirst extends BaseSequencer {
  async sort(files) {
    return [...files].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        slowness(a) - slowness(b) ||
        statSync(a.moduleId).size - statSync(b.moduleId).size,
    );
  }
}

export default defineConfig({
  define: { __SIMULATOR__: 'true' },
  resolve: { alias: { '@': fromRoot('./src'), '@mocks': fromRoot('./mocks') } },
  test: {
    // One file at a time: StrykerJS already runs two of these (concurrency 2 on 2 cores).
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { sequencer: CheapestFirst },
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
          setupFiles: ['src/test/setup.ts', 'vitest.mutation.setup.mjs'],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          environment: 'node',
          include: ['scripts/contract/conformance.mutation.mjs'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
