// `npm run serve:api [-- --port 8787] [--scenario <id>]`: the simulated customs service over
// HTTP (mocks/server/httpServer.ts), its data in memory. A deployment build of the app
// (VITE_API_MOCKING=off) served with API_PROXY_TARGET pointing here talks to it as to a real
// backend; `npm run contract -- --base <its url>` checks it against the contract.
import { parseArgs } from 'node:util';
import { loadTs } from './loadTs.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string' },
  },
});

const [{ startApiServer }] = await loadTs(['/mocks/server/httpServer.ts']);
const server = await startApiServer({
  port: Number(values.port),
  host: values.host,
  scenario: values.scenario ?? null,
});
console.log(`Customs API (simulated) listening on ${server.url}/api`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
