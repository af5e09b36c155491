// The simulated customs service over real HTTP: the same handlers as the browser's worker, run
// by Node behind node:http, its store in memory (fake-indexeddb). For `npm run serve:api`, the
// conformance suite in `npm test`, and the deployment build's journey: whatever talks to it does
// so exactly as it would talk to a real customs backend.
import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, http, HttpResponse } from 'msw';
import { API_BASE, type ApiErrorBody } from '@/contract/http';
import { database } from '../store/open';
import { requestScenario } from '../store/startUp';
import { handlers } from '../handlers';
import { setRuntime } from '../runtime';

export interface ApiServerOptions {
  port?: number;
  host?: string;
  /** A demo scenario to start from (the default one otherwise). */
  scenario?: string | null;
}

export interface ApiServer {
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  close(): Promise<void>;
}

/** An unknown API route is a 404 in the contract's error shape, as in the browser. */
const unknownRoute = http.all(`${API_BASE}/*`, ({ request }) =>
  HttpResponse.json(
    {
      code: 'NOT_FOUND',
      message: `海关服务没有这个接口：${new URL(request.url).pathname}`,
    } satisfies ApiErrorBody,
    { status: 404 },
  ),
);

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function answer(incoming: IncomingMessage, outgoing: ServerResponse, origin: string): Promise<void> {
  const url = new URL(incoming.url ?? '/', origin);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const body =
    incoming.method === 'GET' || incoming.method === 'HEAD'
      ? undefined
      : new Uint8Array(await bodyOf(incoming));
  const request = new Request(url, { method: incoming.method, headers, body });
  const response = url.pathname.startsWith(`${API_BASE}/`)
    ? ((await getResponse([...handlers, unknownRoute], request, { baseUrl: origin })) ??
      new Response(null, { status: 404 }))
    : new Response('Not found', { status: 404 });
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => outgoing.setHeader(name, value));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  // A server answers at once: no simulated latency, no fault modes.
  setRuntime({ latency: 'off', fault: 'none' });
  requestScenario(options.scenario ?? null);
  await database();
  const server = createServer();
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  server.on('request', (incoming, outgoing) => {
    answer(incoming, outgoing, url).catch((error: unknown) => {
      console.error('[customs API server]', error);
      outgoing.statusCode = 500;
      outgoing.end();
    });
  });
  return {
    url,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
