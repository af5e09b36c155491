// `npm run test:quick`: the short loop while working — lint and Prettier on the files changed
// since the last commit (or since `--since <ref>`), the type check of the whole project, and
// Vitest on the test files those changes reach (`vitest related`). About a minute; `npm test` is
// what CI runs, and what decides.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runCaptured } from './runCaptured.mjs';

const sinceAt = process.argv.indexOf('--since');
const since = sinceAt > 0 ? process.argv[sinceAt + 1] : 'HEAD';

const git = (args) =>
  spawnSync('git', args, { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((path) => path !== '');
const changed = [
  ...new Set([
    ...git(['diff', '--name-only', since]),
    ...git(['ls-files', '--others', '--exclude-standard']),
  ]),
].filter((path) => existsSync(path));
const code = changed.filter((path) => /\.(?:[cm]?[jt]sx?)$/.test(path));
const source = code.filter((path) => /^(?:src|mocks)\//.test(path));

console.log(
  changed.length === 0
    ? `Nothing changed since ${since}: the type check only.`
    : `Changed since ${since}: ${changed.length} file(s).`,
);

const stages = [];
/** Runs a command, its output printed whole when it ends; resolves to its exit status. */
async function run(label, command, args) {
  const { output, status, ms } = await runCaptured(command, args);
  stages.push({ label, ms, ok: status === 0 });
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}\n${output.trimEnd()}`);
  return status;
}

const together = [run('typecheck', 'npx', ['tsc', '--noEmit'])];
if (code.length > 0)
  together.push(run('lint (changed files)', 'npx', ['eslint', '--max-warnings', '0', ...code]));
if (changed.length > 0)
  together.push(
    run('format (changed files)', 'npx', ['prettier', '--check', '--ignore-unknown', ...changed]),
  );
await Promise.all(together);
if (source.length > 0)
  await run('Vitest on the tests the changes reach', 'npx', [
    'vitest',
    'related',
    '--run',
    '--reporter=dot',
    ...source,
  ]);

console.log('\nTime by stage:');
for (const { label, ms, ok } of stages)
  console.log(`  ${`${(ms / 1000).toFixed(1)} s`.padStart(8)}  ${ok ? 'passed' : 'FAILED'}  ${label}`);
const failed = stages.filter((stage) => !stage.ok);
console.log(
  failed.length === 0 ? 'Quick checks passed (npm test runs everything).' : `${failed.length} failed.`,
);
process.exit(failed.length === 0 ? 0 : 1);
