// No secrets in what users download. Scans the production builds' files for credential-like
// strings and source maps; and builds the app as a real deployment ships it (VITE_API_MOCKING=off)
// to check that none of the simulator — its demo passwords and PINs, its database, its worker —
// comes along. Part of `npm test`; exits non-zero with each finding named.
//   node scripts/checkBundle.mjs
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The deployment build (no simulator), kept for the deployment journey (playwright.deploy.config.ts). */
const APP_DIR = 'dist-deploy';

/** Shapes secrets take: private keys, cloud and service tokens, credentials assigned in code. */
const secretShapes = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
  [/AKIA[0-9A-Z]{16}/, 'an AWS access key id'],
  [/\b(sk|rk)_live_[0-9A-Za-z]{16,}/, 'a Stripe live key'],
  [/\bgh[pousr]_[0-9A-Za-z]{30,}/, 'a GitHub token'],
  [/\bxox[abpr]-[0-9A-Za-z-]{10,}/, 'a Slack token'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
  [/eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, 'a JSON Web Token'],
  [
    /\b(api[_-]?key|secret|client[_-]?secret|access[_-]?token)["']?\s*[:=]\s*["'][A-Za-z0-9/+_-]{16,}["']/i,
    'a credential in code',
  ],
];

/** What only the simulator has: it must not reach a real deployment's download. */
const simulatorOnly = [
  ['demo1234', 'the demo password'],
  ['origin-portal-mock', 'the mock database'],
  ['mockServiceWorker', 'the mock service worker'],
  ['宁波海曙精工机械有限公司', 'seeded demo data'],
  ['/demo/', "the simulator's controls (/api/demo/*)"],
  ['演示数据管理', 'the demo page and its links'],
  ['演示账号', 'the demo account list'],
  ['演示环境', 'the demo notices'],
  ['演示引导', 'the guided demo flows'],
  ['DemoControlPage', 'the demo page'],
];

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const findings = [];

function scan(dir, { simulator }) {
  for (const path of filesUnder(dir)) {
    if (path.endsWith('.map')) findings.push(`${path}: a source map is shipped`);
    if (!/\.(js|css|html|json|txt|svg)$/.test(path)) continue;
    const text = readFileSync(path, 'utf8');
    if (/sourceMappingURL=/.test(text)) findings.push(`${path}: points to a source map`);
    for (const [shape, what] of secretShapes)
      if (shape.test(text)) findings.push(`${path}: looks like ${what}`);
    if (!simulator)
      for (const [needle, what] of simulatorOnly)
        if (text.includes(needle)) findings.push(`${path}: contains ${what} (“${needle}”)`);
  }
}

const build = spawnSync('npx', ['vite', 'build', '--outDir', APP_DIR, '--emptyOutDir'], {
  env: { ...process.env, VITE_API_MOCKING: 'off' },
  stdio: 'ignore',
});
if (build.status !== 0) {
  console.error('The build without the simulator failed.');
  process.exit(1);
}
scan('dist', { simulator: true });
scan(APP_DIR, { simulator: false });

if (findings.length > 0) {
  console.error(`Found in the bundle:\n${findings.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('No secrets, source maps or simulator code in the bundle (demo build and deployment build).');
