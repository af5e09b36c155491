// `npm run mutation`: StrykerJS over the simulated service's rules and handlers (mocks/domain,
// mocks/handlers), its runner Vitest with the service's tests and the conformance suite against the
// Node service (vitest.mutation.config.mjs). The report: reports/mutation/index.html and
// mutation.json; below 85 % the run fails. Not part of `npm test` (it takes far longer).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.mjs', related: false },
  mutate: ['mocks/domain/**/*.ts', 'mocks/handlers/**/*.ts', '!**/*.test.ts'],
  coverageAnalysis: 'perTest',
  // Module-level constants run at import, so every test covers them; Stryker would rerun them all
  // for each such mutant. Left out and reported as ignored.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
