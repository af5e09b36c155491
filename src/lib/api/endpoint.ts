// Calls one endpoint of the contract: its method and path from the table, the path's parameters,
// the list query and the body typed by the endpoint's own schemas, its answer checked against the
// endpoint's response schema. No call names a schema: the endpoint is the only place they are.
import type { z } from 'zod';
import { pathOf, type Endpoint, type ParamsOf, type QueryOf } from '@/contract/endpoints';
import { queryToParams } from '@/contract/queryParams';
import { apiRequest, type RequestOptions } from './client';

type JsonEndpoint = Endpoint & { response: z.ZodType };

/** What a JSON body of `E` is sent as (before the service reads it: defaults may be left out). */
export type BodyInput<E extends Pick<Endpoint, 'body'>> = E['body'] extends z.ZodType
  ? z.input<E['body']>
  : undefined;

export interface EndpointCall<E extends JsonEndpoint> extends Omit<RequestOptions, 'method' | 'body'> {
  /** Values of the path's `:name` segments. */
  params?: ParamsOf<E>;
  /** The list query: its parameters left out or empty are the service's defaults. */
  query?: Partial<QueryOf<E>>;
  body?: BodyInput<E>;
}

/** The request path of `spec`, its parameters filled in, with `query` as its search string. */
function urlOf<E extends Endpoint>(spec: E, params?: ParamsOf<E>, query?: Partial<QueryOf<E>>): string {
  const search = query ? queryToParams(query).toString() : '';
  return `${pathOf(spec, params)}${search ? `?${search}` : ''}`;
}

export function callEndpoint<E extends JsonEndpoint>(
  spec: E,
  { params, query, ...options }: EndpointCall<E> = {},
): Promise<z.infer<E['response']>> {
  return apiRequest<E['response']>(urlOf(spec, params, query), spec.response, {
    ...options,
    method: spec.method,
  });
}
