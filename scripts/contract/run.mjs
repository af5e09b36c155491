// `npm run contract -- --base http://127.0.0.1:8787 [--accounts accounts.json] [--simulator]`:
// the conformance suite against a customs backend. Prints each case, then `N passed, N failed`;
// exits 1 when any failed. --simulator adds what only the simulator can be made to do (507).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demoAccounts } from './accounts.mjs';
import { runSuite } from './suite.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    accounts: { type: 'string' },
    document: { type: 'string', default: 'docs/openapi.json' },
    simulator: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
if (!values.base) {
  console.error('usage: npm run contract -- --base <url of the backend, e.g. http://127.0.0.1:8787>');
  process.exit(2);
}
const accounts = values.accounts ? JSON.parse(readFileSync(values.accounts, 'utf8')) : demoAccounts;
const results = await runSuite({
  base: values.base,
  documentPath: values.document,
  accounts,
  simulator: values.simulator,
});
for (const { name, problems } of results) {
  console.log(`${problems.length === 0 ? '✓' : '✗'} ${name}`);
  for (const problem of problems) console.log(`    ${problem}`);
}
const { coverage } = results;
console.log(
  `(operation, status) pairs of the document answered (500 left out): ${coverage.exercised.length} of ${coverage.documented}; ` +
    `${coverage.explained.length} explained:`,
);
for (const [pair, reason] of coverage.explained) console.log(`    ${pair}: ${reason}`);
const failed = results.filter((r) => r.problems.length > 0).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
if (values.json) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(values.json, JSON.stringify({ passed: results.length - failed, failed, results }, null, 2));
}
process.exit(failed > 0 ? 1 : 0);
