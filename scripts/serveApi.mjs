// `npm run serve:api [-- --port 8787] [--scenario <id>] [--demo]`: the simulated customs service
// over HTTP (mocks/server/httpServer.ts), its data in memory. `--demo` also serves /api/demo/*
// (reset, demo accounts, fault modes); without it those paths are 404, as on a real backend. A deployment build of the app
// (VITE_API_MOCKING=off) served with API_PROXY_TARGET pointing here talks to it as to a real
// backend; `npm run contract -- --base <its url>` checks it against the contract.
import { parseArgs } from 'node:util';
import { loadTs } from './loadTs.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string' },
    demo: { type: 'boolean', default: false },
  },
});

const [{ startApiServer }] = await loadTs(['/mocks/server/httpServer.ts']);
const server = await startApiServer({
  port: Number(values.port),
  host: values.host,
  scenario: values.scenario ?? null,
  demo: values.demo,
});
console.log(
  `Customs API (simulated) listening on ${server.url}/api${values.demo ? ', with /api/demo/*' : ''}`,
);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
