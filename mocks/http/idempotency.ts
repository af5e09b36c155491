// Idempotent writes: a submit carries an Idempotency-Key bound to what it asked for, and a repeat
// gets the first answer and creates nothing new.
import { HttpResponse } from 'msw';
import type { Resource } from '@/contract/changes';
import { FILE_NAME_HEADER, IDEMPOTENCY_HEADER } from '@/contract/http';
import type { IdempotencyRecord } from '../store/records';
import { readIn } from '../store/reads';
import type { WriteTx } from '../store/schema';
import { StorageFullError, transact } from '../store/transactions';
import type { RecordStore } from '../store/stores';
import { getRuntime } from './runtime';
import { Problem, problems } from './problems';
import type { Principal } from './sessions';

/**
 * What a submit asked for, taken before the handler reads the body: method, path, query string
 * a SHA-256 of the body (and an upload's file name). An idempotency key is bound to it, so the same key with other
 * content is refused instead of silently answered with the first request's result.
 */
const fingerprints = new WeakMap<Request, string>();

async function requestFingerprint(request: Request): Promise<string> {
  const url = new URL(request.url);
  const body = await request.clone().arrayBuffer();
  // A view rather than the buffer itself: Node's WebCrypto refuses an ArrayBuffer of jsdom's realm.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(body)));
  const hex = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  // An upload's name travels beside its bytes: it is part of what was asked for too.
  const name = request.headers.get(FILE_NAME_HEADER);
  return `${request.method} ${url.pathname}${url.search} sha256:${hex}${name === null ? '' : ` name:${name}`}`;
}

/** Takes what a submit with an idempotency key asked for, before its handler reads the body. */
export async function rememberFingerprint(request: Request): Promise<void> {
  if (request.headers.has(IDEMPOTENCY_HEADER)) fingerprints.set(request, await requestFingerprint(request));
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * A submit: runs `work` in one transaction together with the idempotency record, so that a
 * repeated submit with the same key (a double click, a retry after a lost answer, a second tab)
 * gets the first answer and creates nothing new.
 */
export async function idempotentWrite(
  request: Request,
  principal: Principal,
  stores: readonly RecordStore[],
  resources: readonly Resource[],
  work: (tx: WriteTx) => Promise<{ status: number; body: unknown }>,
): Promise<Response> {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    throw problems.badRequest('提交缺少有效的 Idempotency-Key（防重复提交标识），请刷新页面后重试。');
  }
  const id = `${principal.username}|${key}`;
  const fingerprint = fingerprints.get(request);
  if (!fingerprint) throw new Error('idempotentWrite outside a customs API route');
  const outcome = await transact([...stores, 'idempotency'], resources, async (tx) => {
    const seen = await readIn(tx, 'idempotency', id);
    if (seen) {
      if (seen.fingerprint !== fingerprint) {
        throw new Problem(
          422,
          'IDEMPOTENCY_MISMATCH',
          '同一防重复提交标识已用于内容不同的另一次提交，本次提交未生效。请刷新页面后重新提交。',
        );
      }
      return { status: seen.status, body: seen.body };
    }
    const result = await work(tx);
    const record: IdempotencyRecord = { id, fingerprint, ...result, createdAt: new Date().toISOString() };
    await tx.objectStore('idempotency').put(record);
    // The simulator's "storage full" mode: everything was checked and written, and the commit is
    // refused the way a browser out of quota refuses it.
    if (getRuntime().fault === 'storage-full') throw new StorageFullError();
    return result;
  });
  return HttpResponse.json(outcome.body as Record<string, unknown>, { status: outcome.status });
}
