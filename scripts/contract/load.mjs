// `npm run load -- --base http://127.0.0.1:8787 [--clients 20] [--seconds 30]`: a customs backend
// under the load of an office's clients, each a signed-in exporter working in a loop: 新增 暂存
// (with its Idempotency-Key, sent twice as a double click would), a read of what it wrote, a
// 暂存 over it at its version, and a page of 查询. Prints requests/s, the latency median, p95 and
// worst, the pre-reviews before and after, and whether any write was lost or made twice: every
// created record must read back with the data its client last wrote, and the total must have grown
// by exactly the records created. Exits 1 when anything was lost, duplicated or refused. Not part
// of `npm test` (it runs for its duration); the figures of a run are in docs/decisions.md.
import { parseArgs } from 'node:util';
import { demoAccounts } from './accounts.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    clients: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '30' },
  },
});
if (!values.base) {
  console.error('usage: npm run load -- --base <url of the backend> [--clients 20] [--seconds 30]');
  process.exit(2);
}
const root = `${values.base.replace(/\/$/, '')}/api`;
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const accounts = demoAccounts;

const latencies = [];
const failures = [];
let requests = 0;

async function request(method, path, { token, body, key } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (key) headers['Idempotency-Key'] = key;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const start = performance.now();
  const response = await fetch(`${root}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null);
  latencies.push(performance.now() - start);
  requests += 1;
  return { status: response.status, body: answer };
}

const login = async () =>
  (
    await request('POST', '/auth/login', {
      body: { username: accounts.producer, password: accounts.password },
    })
  ).body.session.token;

const total = async (token) => (await request('GET', '/pre-reviews?pageSize=10', { token })).body.total;

/** One client's loop until `until`: what it created, with the name it last wrote on each. */
async function client(index, until) {
  const token = await login();
  const written = new Map();
  for (let round = 0; performance.now() < until; round += 1) {
    const name = `负载测试 ${index}-${round}`;
    const sheet = { ...accounts.sheet, product: { ...accounts.sheet.product, nameCn: name } };
    const key = `load-${process.pid}-${index}-${round}`;
    const body = { version: 0, declare: false, data: sheet };
    // A double click: the same key and body twice, one record.
    const [first, second] = await Promise.all([
      request('POST', '/pre-reviews', { token, key, body }),
      request('POST', '/pre-reviews', { token, key, body }),
    ]);
    if (first.status !== 201 || second.status !== 201) {
      failures.push(`client ${index}: 新增 answered ${first.status} and ${second.status}`);
      continue;
    }
    if (first.body.preReview.id !== second.body.preReview.id)
      failures.push(`client ${index}: a double submit made two records`);
    const { id, version } = first.body.preReview;
    written.set(id, name);
    const read = await request('GET', `/pre-reviews/${id}`, { token });
    if (read.body?.preReview?.data?.product?.nameCn !== name)
      failures.push(`client ${index}: ${id} did not read back as written`);
    const renamed = `${name}（改）`;
    const saved = await request('PUT', `/pre-reviews/${id}`, {
      token,
      key: `${key}-put`,
      body: { version, declare: false, data: { ...sheet, product: { ...sheet.product, nameCn: renamed } } },
    });
    if (saved.status === 200) written.set(id, renamed);
    else failures.push(`client ${index}: 暂存 over ${id} answered ${saved.status}`);
    await request('GET', '/pre-reviews?pageSize=20&sort=updatedAt&order=desc', { token });
  }
  return { token, written };
}

const token = await login();
const before = await total(token);
requests = 0;
latencies.length = 0;
const start = performance.now();
const results = await Promise.all(
  Array.from({ length: clients }, (_, index) => client(index, start + seconds * 1000)),
);
const elapsed = (performance.now() - start) / 1000;
const counted = requests;
const created = results.reduce((sum, r) => sum + r.written.size, 0);
const after = await total(token);
// Nothing lost: each record reads back with what its client wrote last.
for (const { written } of results)
  for (const [id, name] of written) {
    const read = await request('GET', `/pre-reviews/${id}`, { token });
    if (read.body?.preReview?.data?.product?.nameCn !== name)
      failures.push(`${id} reads “${read.body?.preReview?.data?.product?.nameCn}”, not “${name}”`);
  }
if (after - before !== created)
  failures.push(`the pre-reviews went from ${before} to ${after}, but ${created} were created`);

const sorted = [...latencies].sort((a, b) => a - b);
const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
console.log(`${clients} clients, ${elapsed.toFixed(1)} s against ${root}`);
console.log(`requests: ${counted} (${(counted / elapsed).toFixed(0)}/s)`);
console.log(
  `latency: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, worst ${sorted.at(-1)?.toFixed(1)} ms`,
);
console.log(`pre-reviews: ${before} before, ${after} after, ${created} created`);
console.log(
  failures.length === 0
    ? 'nothing lost, nothing made twice, nothing refused'
    : `${failures.length} problems:\n  ${failures.slice(0, 20).join('\n  ')}`,
);
process.exit(failures.length === 0 ? 0 : 1);
