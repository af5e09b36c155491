// The simulated customs service over real HTTP: the same handlers as the browser's worker, run
// by Node behind node:http, its store in memory (fake-indexeddb). For `npm run serve:api`, the
// conformance suite in `npm test`, and the deployment build's journey: whatever talks to it does
// so exactly as it would talk to a real customs backend — HTTP included: a body over the limit is
// refused before it is read (413), a JSON body must say so (415), an address that cannot be
// decoded is 400, and every error, an unknown path's included, is the contract's problem shape.
import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, http } from 'msw';
import {
  API_BASE,
  JSON_BODY_LIMIT_BYTES,
  errorStatusOf,
  type ApiErrorBody,
  type ErrorCode,
} from '@/contract/http';
import { UPLOAD_BODY_LIMIT_BYTES } from '@/contract/files';
import { formatBytes } from '@/values/files';
import { database } from '../store/open';
import { requestScenario } from '../store/startUp';
import { handlers } from '../handlers';
import { setRuntime } from '../http/runtime';

export interface ApiServerOptions {
  port?: number;
  host?: string;
  /** A demo scenario to start from (the default one otherwise). */
  scenario?: string | null;
  /**
   * Serve `/api/demo/*` (resetting the data, demo accounts' passwords, fault modes): for the demo
   * and the test run only. Without it those paths are 404, as on a real backend.
   */
  demo?: boolean;
}

export interface ApiServer {
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  close(): Promise<void>;
}

const UPLOAD_PATH = `${API_BASE}/files`;
const DEMO_PATH = `${API_BASE}/demo/`;

function problem(code: ErrorCode, message: string): Response {
  return Response.json({ code, message } satisfies ApiErrorBody, { status: errorStatusOf[code] });
}

const noSuchPath = (pathname: string) => problem('NOT_FOUND', `海关服务没有这个接口：${pathname}`);

/** An unknown API route is a 404 in the contract's error shape, as in the browser. */
const unknownRoute = http.all(`${API_BASE}/*`, ({ request }) => noSuchPath(new URL(request.url).pathname));

/** A refusal decided before the handlers: answered as is. */
class Refused extends Error {
  constructor(readonly response: Response) {
    super(response.statusText);
  }
}

const tooLarge = (limit: number) =>
  new Refused(problem('PAYLOAD_TOO_LARGE', `请求内容超过 ${formatBytes(limit)} 的限制，未被处理`));

/** The address decoded, or 400: a malformed percent-encoding must not reach the router. */
function checkAddress(url: URL): void {
  try {
    decodeURIComponent(url.pathname);
    for (const part of url.search.slice(1).split('&')) decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    throw new Refused(problem('BAD_REQUEST', '请求地址无法解析（含有无效的百分号编码）'));
  }
}

/**
 * The body, read only when it may be: the declared length is checked first, and reading stops
 * keeping chunks past the limit (the rest is discarded unread), so an oversized request costs no
 * memory. Listeners rather than `for await`, whose early exit would destroy the socket under the
 * client still sending, which then sees a reset instead of the 413.
 */
function bodyOf(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      refused = true;
      chunks.length = 0;
      reject(tooLarge(limit));
    });
    request.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

/** How much of a refused body is let through and thrown away before the connection is cut. */
const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

/** Resolves once the client has sent the rest of a refused body (thrown away), or it was cut. */
function discardRest(request: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (request.readableEnded) return resolve();
    let discarded = 0;
    request.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > DISCARD_LIMIT_BYTES) request.destroy();
    });
    request.on('end', resolve);
    request.on('close', resolve);
    request.resume();
  });
}

async function requestOf(incoming: IncomingMessage, url: URL): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  if (incoming.method === 'GET' || incoming.method === 'HEAD')
    return new Request(url, { method: incoming.method, headers });
  const upload = url.pathname === UPLOAD_PATH;
  const body = await bodyOf(incoming, upload ? UPLOAD_BODY_LIMIT_BYTES : JSON_BODY_LIMIT_BYTES);
  if (!upload && body.length > 0 && !/^application\/json\b/i.test(headers.get('content-type') ?? ''))
    throw new Refused(
      problem('UNSUPPORTED_MEDIA_TYPE', '请求内容应为 JSON，并注明 Content-Type: application/json'),
    );
  return new Request(url, { method: incoming.method, headers, body: new Uint8Array(body) });
}

async function answer(incoming: IncomingMessage, origin: string, demo: boolean): Promise<Response> {
  const url = new URL(incoming.url ?? '/', origin);
  if (!url.pathname.startsWith(`${API_BASE}/`) || (!demo && url.pathname.startsWith(DEMO_PATH)))
    return noSuchPath(url.pathname);
  checkAddress(url);
  const request = await requestOf(incoming, url);
  return (
    (await getResponse([...handlers, unknownRoute], request, { baseUrl: origin })) ?? noSuchPath(url.pathname)
  );
}

async function send(outgoing: ServerResponse, response: Response, incoming: IncomingMessage): Promise<void> {
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => outgoing.setHeader(name, value));
  if (response.status === 413) {
    // Refused unread: the answer goes once the client has finished sending (thrown away, up to
    // DISCARD_LIMIT_BYTES), then the connection closes.
    outgoing.setHeader('Connection', 'close');
    await discardRest(incoming);
  }
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
  const demo = options.demo ?? false;
  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    answer(incoming, url, demo)
      .catch((error: unknown) => {
        if (error instanceof Refused) return error.response;
        console.error('[customs API server]', error);
        return problem('SERVER_ERROR', '海关服务内部错误，请稍后再试');
      })
      .then((response) => send(outgoing, response, incoming))
      .catch((error: unknown) => {
        console.error('[customs API server]', error);
        outgoing.destroy();
      });
  });
  return {
    url,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
