// What every handler of the simulated customs service shares: problem responses in Chinese,
// request validation with the features' zod schemas, sessions, and idempotent writes.
// The service's validation messages in Chinese wherever it runs (browser, Node, tests).
import '@/contract/zodLocale';
import { HttpResponse, type HttpResponseResolver } from 'msw';
import type { z } from 'zod';
import { invalidQueryParams, parseQueryParams } from '@/contract/queryParams';
import { labelAt } from '@/contract/fieldTable';
import type { Resource } from '@/contract/changes';
import type { Endpoint } from '@/contract/endpoints';
import {
  FILE_NAME_HEADER,
  IDEMPOTENCY_HEADER,
  type ApiErrorBody,
  type ErrorCode,
  type FieldError,
} from '@/contract/http';
import { checkCapability, SELF, type Actor, type EnterpriseStanding } from '@/domain/capabilities';
import { type Capability } from '@/values/capabilities';
import { isAuthorisationInForce } from '@/domain/filing/agencyRules';
import type { AgencyRecord } from '@/contract/agency';
import type { Role } from '@/contract/auth';
import { routeOf, type Route } from './routes';
import { DamagedRecordError, repairRecord } from './store/repair';
import { getRecord, listByEnterprise, readIn } from './store/reads';
import { StorageFullError, transact } from './store/transactions';
import type { StoredRecord, VersionedStore, WriteTx } from './store/schema';
import type { AccountRecord, IdempotencyRecord } from './records';
import { applyRuntime, getRuntime } from './runtime';
import type { RecordStore } from './stores';

/** Thrown anywhere in a handler; `respond` turns it into the 4xx/5xx answer. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
  }

  get body(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}),
    };
  }
}

export const problems = {
  badRequest: (message: string) => new Problem(400, 'BAD_REQUEST', message),
  unauthenticated: () => new Problem(401, 'UNAUTHENTICATED', '登录已失效，请重新登录。'),
  forbidden: (message: string) => new Problem(403, 'FORBIDDEN', message),
  notFound: (message: string) => new Problem(404, 'NOT_FOUND', message),
  conflict: (message: string) => new Problem(409, 'CONFLICT', message),
  illegalState: (message: string) => new Problem(409, 'ILLEGAL_STATE', message),
};

export const staleVersionMessage =
  '该记录已在其他窗口或由其他人修改，您的提交未生效。请查看最新内容后再提交，您填写的内容仍保留在页面上。';

/** What a handler receives: the request and the route's params. */
export type ResolverInfo = Parameters<HttpResponseResolver>[0];

let inFlight = 0;
let whenIdle: Array<() => void> = [];

/**
 * Resolves once no handler is running. Tests wait for it before they drop the database, so that
 * a request still being answered cannot recreate it behind the next test's back.
 */
export function handlersSettled(): Promise<void> {
  return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => whenIdle.push(resolve));
}

/**
 * Wraps a handler so that a thrown Problem (or anything else) becomes a JSON error answer. Every
 * answer says the service's own time in a Server-Timing header (`service;dur=12.3`), as a real
 * backend would: the bench reads it beside what the page saw (the simulated latency is not in it).
 */
export function respond(handler: (info: ResolverInfo) => Promise<Response>): HttpResponseResolver {
  return async (info) => {
    const started = performance.now();
    const response = await answer(handler, info);
    response.headers.set('Server-Timing', `service;dur=${(performance.now() - started).toFixed(1)}`);
    return response;
  };
}

async function answer(
  handler: (info: ResolverInfo) => Promise<Response>,
  info: ResolverInfo,
): Promise<Response> {
  inFlight += 1;
  try {
    return await handler(info);
  } catch (error) {
    if (error instanceof Problem) return HttpResponse.json(error.body, { status: error.status });
    if (error instanceof DamagedRecordError) {
      // The write stopped before it changed anything; the record is repaired or set aside now.
      const replaced = (await repairRecord(error.store, error.id)) !== undefined;
      const body: ApiErrorBody = {
        code: 'CONFLICT',
        message: `该记录在浏览器中保存的数据已损坏，无法读取，${replaced ? '已恢复为初始演示数据' : '已移出'}。您的提交未生效，填写的内容仍保留在页面上；请刷新页面查看最新内容。`,
      };
      return HttpResponse.json(body, { status: 409 });
    }
    if (error instanceof StorageFullError) {
      return HttpResponse.json({ code: 'STORAGE_FULL', message: error.message } satisfies ApiErrorBody, {
        status: 507,
      });
    }
    console.error('[mock customs service]', error);
    return HttpResponse.json(
      { code: 'SERVER_ERROR', message: '海关服务内部错误，请稍后重试。' } satisfies ApiErrorBody,
      { status: 500 },
    );
  } finally {
    inFlight -= 1;
    if (inFlight === 0) {
      const waiting = whenIdle;
      whenIdle = [];
      waiting.forEach((resolve) => resolve());
    }
  }
}

type Handler = (info: ResolverInfo) => Promise<Response>;

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

/**
 * A route of the customs API, registered by its entry in the contract: network latency and fault
 * modes apply, then the handler runs.
 */
function route(spec: Endpoint, handler: Handler): Route {
  return routeOf(
    spec,
    // Latency and faults come first, outside `respond`: a request left hanging is not "in flight".
    async (info) => {
      const refused = await applyRuntime(info.request);
      if (refused) return refused;
      if (info.request.headers.has(IDEMPOTENCY_HEADER))
        fingerprints.set(info.request, await requestFingerprint(info.request));
      return respond(handler)(info);
    },
  );
}

export const customsApi = { on: route };

/** The simulator's own controls: no latency and no faults (they must work while a fault is shown). */
export const simulatorApi = {
  on: (spec: Endpoint, handler: Handler): Route => routeOf(spec, respond(handler)),
};

/** Field labels by the last key of an issue's path, so messages can name the field. */
export type FieldLabels = Record<string, string>;

export function validationProblem(error: z.ZodError, labels: FieldLabels = {}): Problem {
  const fieldErrors = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = error.issues[0];
  // The same lookup as the form's error summary: the whole path's label, else its last key's.
  const label = first ? labelAt(labels, first.path.map(String).join('.')) : undefined;
  const firstMessage = first
    ? label && !first.message.includes(label)
      ? `${label}：${first.message}`
      : first.message
    : '';
  const more = fieldErrors.length > 1 ? `（共 ${fieldErrors.length} 处需要修改）` : '';
  return new Problem(422, 'VALIDATION', `${firstMessage}${more}`, fieldErrors);
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw problems.badRequest('请求内容不是有效的 JSON。');
  }
}

export function validate<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  labels?: FieldLabels,
): z.infer<Schema> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationProblem(parsed.error, labels);
  return parsed.data;
}

/**
 * A list's query, strictly: a parameter the list knows, with a value it does not take, is 400
 * naming it (the page itself falls back to defaults; the service says what was wrong).
 */
export function readListQuery<Schema extends z.ZodObject>(request: Request, schema: Schema): z.infer<Schema> {
  const params = new URL(request.url).searchParams;
  const invalid = invalidQueryParams(schema, params);
  if (invalid.length > 0) {
    const fieldErrors = invalid.map((name) => ({
      path: name,
      message: `查询参数 ${name} 的值“${params.get(name) ?? ''}”无效。`,
    }));
    throw new Problem(
      400,
      'BAD_REQUEST',
      `查询条件无效：${fieldErrors.map((e) => e.message).join('')}`,
      fieldErrors,
    );
  }
  return parseQueryParams(schema, params);
}

export async function parseBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  labels?: FieldLabels,
): Promise<z.infer<Schema>> {
  return validate(schema, await readJson(request), labels);
}

export interface Principal {
  username: string;
  displayName: string;
  role: Role;
  /** The enterprise the request acts for: the account's own, or the one an agency acts for. */
  enterpriseId: string | null;
  /** The account's own enterprise. */
  ownEnterpriseId: string | null;
  /** An agency acting for another enterprise is held to the scope it was granted. */
  actor: Actor;
  token: string;
}

/** An account acting for its own enterprise, under a session token. */
export function principalOf(account: AccountRecord, token: string): Principal {
  return {
    username: account.id,
    displayName: account.displayName,
    role: account.role,
    enterpriseId: account.enterpriseId,
    ownEnterpriseId: account.enterpriseId,
    actor: SELF,
    token,
  };
}

/**
 * The signed-in principal. An agency acting for an enterprise whose authorisation has lapsed
 * (revoked, or out of its period) is refused, unless `fallBack` asks for the agency's own
 * principal instead (what the session endpoints do, so the app learns it and switches back).
 */
/** The session token an `Authorization: Bearer …` header carries, if any. */
export function bearerToken(request: Request): string | undefined {
  return /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
}

export async function requireSession(
  request: Request,
  options: { fallBack?: boolean } = {},
): Promise<Principal> {
  const token = bearerToken(request);
  if (!token) throw problems.unauthenticated();
  const session = await getRecord('sessions', token);
  // Written so that an expiry that is missing or unreadable (NaN) counts as expired.
  if (!session || !(Date.parse(session.expiresAt) > Date.now())) throw problems.unauthenticated();
  const account = await getRecord('accounts', session.username);
  if (!account) throw problems.unauthenticated();
  const own = principalOf(account, token);
  if (account.role !== 'agency' || !session.actingFor || !account.enterpriseId) return own;
  // Checked on every request, so that a revocation takes effect at once.
  const authorisation = await authorisationInForce(account.enterpriseId, session.actingFor);
  if (!authorisation) {
    if (options.fallBack) {
      await transact(['sessions'], ['session'], async (tx) => {
        await tx.objectStore('sessions').put({ ...session, actingFor: null });
      });
      return own;
    }
    throw problems.forbidden('委托企业的代录入授权已撤销或不在授权期限内，请重新选择代理企业。');
  }
  return {
    ...own,
    enterpriseId: session.actingFor,
    actor: { kind: 'agency', scope: authorisation.data.scope },
  };
}

/** The authorisation `enterpriseId` gave the agency enterprise, when it is in force now. */
export async function authorisationInForce(
  agencyEnterpriseId: string,
  enterpriseId: string,
): Promise<AgencyRecord | null> {
  const agency = await getRecord('enterprises', agencyEnterpriseId);
  if (!agency) return null;
  const granted = await listByEnterprise('agencies', enterpriseId);
  return (
    granted.find(
      (record) => record.data.uscc === agency.uscc && isAuthorisationInForce(record, new Date()),
    ) ?? null
  );
}

/** An enterprise session's own enterprise; customs sessions are refused. */
export async function requireEnterprise(request: Request): Promise<Principal & { enterpriseId: string }> {
  const principal = await requireSession(request);
  if (principal.role === 'customs' || principal.enterpriseId === null) {
    throw problems.forbidden('海关审核账号不能办理企业业务，请使用企业账号登录。');
  }
  return { ...principal, enterpriseId: principal.enterpriseId };
}

/** The gate (FR2–FR4, and an agency's scope) on the service side: the same reason the UI shows. */
export function requireCapability(
  standing: EnterpriseStanding,
  capability: Capability,
  actor: Actor = SELF,
): void {
  const permission = checkCapability(standing, capability, actor);
  if (!permission.ok) throw problems.forbidden(permission.reason);
}

/** The customs officer's session; enterprise and agency sessions are refused. */
export async function requireCustoms(request: Request): Promise<Principal> {
  const principal = await requireSession(request);
  if (principal.role !== 'customs') throw problems.forbidden('仅海关审核人员可以使用海关模拟审核台。');
  return principal;
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

/** A record that must exist, at the version the client read: missing → 404, older → 409. */
export async function checkExistingVersion<S extends VersionedStore>(
  tx: WriteTx,
  store: S,
  id: string,
  expectedVersion: number,
  notFoundMessage: string,
): Promise<StoredRecord<S>> {
  if ((await tx.objectStore(store).getKey(id)) === undefined) throw problems.notFound(notFoundMessage);
  const current = await checkVersion(tx, store, id, expectedVersion);
  // Found just above, in the same transaction: it cannot be gone.
  if (current === undefined) throw problems.notFound(notFoundMessage);
  return current;
}

/** Reads a versioned record inside `tx` and refuses with 409 when the client edited an older one. */
export async function checkVersion<S extends VersionedStore>(
  tx: WriteTx,
  store: S,
  id: string,
  expectedVersion: number,
): Promise<StoredRecord<S> | undefined> {
  const current = await readIn(tx, store, id);
  const currentVersion = current === undefined ? 0 : current.version;
  if (currentVersion !== expectedVersion) throw problems.conflict(staleVersionMessage);
  return current;
}
