// The conformance suite as one Vitest test, for mutation testing only (`npm run mutation`): the
// Node service runs in this process, so StrykerJS's mutants of mocks/ are what the suite talks
// to over HTTP. One test for the whole suite, since its cases build on each other (sessions,
// records): run alone, a case would fail for want of its predecessors and "kill" a mutant it never
// saw. One run (npm test's second run, which proves the suite repeatable, kills no more mutants).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApiServer } from '../../mocks/server/httpServer';
import { demoAccounts } from './accounts.mjs';
import { runSuite } from './suite.mjs';

let api;
beforeAll(async () => {
  api = await startApiServer({ port: 0, demo: true });
});
afterAll(() => api?.close());

const red = (results) =>
  results.filter((r) => r.problems.length > 0).map((r) => `${r.name}: ${r.problems[0]}`);

it('the conformance suite passes against the service', async () => {
  expect(
    red(await runSuite({ base: api.url, accounts: demoAccounts, simulator: true, stopAtFirstRed: true })),
  ).toEqual([]);
});
