// Answering a request: a handler's thrown Problem, a damaged record or a full store becomes its
// JSON error answer, every answer says the service's own time, and tests can wait until no handler
// runs.
import { HttpResponse, type HttpResponseResolver } from 'msw';
import type { ApiErrorBody } from '@/contract/http';
import { DamagedRecordError, repairRecord } from '../store/repair';
import { StorageFullError } from '../store/transactions';
import { Problem } from './problems';

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
