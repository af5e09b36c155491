// The service's routes, found by the service itself: MSW sees one handler for all of /api/*.
// MSW tries each handler it holds in turn, and each try parses the address again, compiles its
// path pattern again and reads every cookie of the page (document.cookie): with 90 routes that
// was 30 ms of a 查询 on this machine, 120 at an office PC's speed, before any handler ran. Here
// each path is compiled once, and a request costs a method check and a regular expression per
// route until one matches (in the order the routes are listed, as MSW's first match); MSW reads
// the cookies once.
// Each route is registered by its entry in the contract (`customsApi.on`), the simulated network's
// latency and faults applied first (`simulatorApi.on`: the simulator's own controls, without them).
// The route admits the caller as the endpoint says and reads the request with the endpoint's own
// schemas before its handler runs: a handler is given who asks and what was asked, already
// checked, and never names a schema.
// The service's validation messages in Chinese wherever it runs (browser, Node, tests).
import '@/contract/zodLocale';
import { http, type HttpResponseResolver } from 'msw';
import type { Endpoint } from '@/contract/endpoints';
import { API_BASE } from '@/contract/http';
import { admit, type PrincipalFor } from './access';
import { applyRuntime } from './runtime';
import { rememberFingerprint } from './idempotency';
import { respond, type ResolverInfo } from './respond';
import { readRequest, type RequestInput } from './validation';

export interface Route {
  method: Endpoint['method'];
  /** The path as MSW read it: `:name` a segment, case-insensitive, a trailing slash allowed. */
  pattern: RegExp;
  names: readonly string[];
  resolver: HttpResponseResolver;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A route for `spec` (its method and its path under /api), answered by `resolver`. */
export function routeOf(spec: Endpoint, resolver: HttpResponseResolver): Route {
  const names: string[] = [];
  const source = `${API_BASE}${spec.path}`
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escaped(segment);
      names.push(segment.slice(1));
      return '([^/]+?)';
    })
    .join('/');
  return { method: spec.method, pattern: new RegExp(`^${source}/?$`, 'i'), names, resolver };
}

/** A segment as the handler reads it; one that cannot be decoded as it came (its id is then unknown). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The first of `routes` whose method and path match the request, with its params. */
function find(routes: readonly Route[], request: Request) {
  const { pathname } = new URL(request.url);
  for (const route of routes) {
    if (route.method !== request.method) continue;
    const found = route.pattern.exec(pathname);
    if (!found) continue;
    return {
      route,
      params: Object.fromEntries(route.names.map((name, i) => [name, decoded(found[i + 1] ?? '')])),
    };
  }
  return null;
}

/**
 * The one MSW handler of the service: the first of `routes` whose method and path match answers.
 * A request none matches is not this handler's (a predicate, not a resolver that declines), so
 * MSW goes on to the next handler or calls it unhandled, as before.
 */
export function serviceHandler(routes: readonly Route[]) {
  return http.all(
    ({ request }) => {
      const found = find(routes, request);
      return found ? { matches: true, params: found.params } : false;
    },
    (info) => {
      const found = find(routes, info.request);
      return found?.route.resolver({ ...info, params: found.params });
    },
  );
}

/** What a route's handler is given: the request, who asks, and what it asks, read as `E` says. */
export interface RouteInput<E extends Endpoint> extends RequestInput<E> {
  request: Request;
  principal: PrincipalFor<E['access']>;
}

export type RouteHandler<E extends Endpoint> = (input: RouteInput<E>) => Promise<Response>;

/** Admits the caller, reads the request, then runs `handler`; a refusal on the way is its answer. */
function answered<E extends Endpoint>(spec: E, handler: RouteHandler<E>) {
  return respond(async ({ request, params }: ResolverInfo) => {
    const principal = await admit(spec, request);
    const input = await readRequest(spec, request, params as Record<string, string>);
    return handler({ ...input, request, principal });
  });
}

/**
 * A route of the customs API, registered by its entry in the contract: network latency and fault
 * modes apply, then the handler runs.
 */
function route<E extends Endpoint>(spec: E, handler: RouteHandler<NoInfer<E>>): Route {
  const answer = answered(spec, handler);
  return routeOf(
    spec,
    // Latency and faults come first, outside `respond`: a request left hanging is not "in flight".
    async (info) => {
      const refused = await applyRuntime(info.request);
      if (refused) return refused;
      await rememberFingerprint(info.request);
      return answer(info);
    },
  );
}

export const customsApi = { on: route };

/** The simulator's own controls: no latency and no faults (they must work while a fault is shown). */
export const simulatorApi = {
  on: <E extends Endpoint>(spec: E, handler: RouteHandler<NoInfer<E>>): Route =>
    routeOf(spec, answered(spec, handler)),
};
