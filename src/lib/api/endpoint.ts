// Calls one endpoint of the contract: its method and path from the table, its answer checked
// against the endpoint's own response schema.
import type { z } from 'zod';
import { pathOf, type Endpoint } from '@/contract/endpoints';
import { apiRequest, type RequestOptions } from './client';

type JsonEndpoint = Endpoint & { response: z.ZodType };

export interface EndpointCall extends Omit<RequestOptions, 'method'> {
  /** Values of the path's `:name` segments. */
  params?: Readonly<Record<string, string>>;
  query?: URLSearchParams;
}

export function callEndpoint<Response extends z.ZodType>(
  spec: JsonEndpoint & { response: Response },
  { params, query, ...options }: EndpointCall = {},
): Promise<z.infer<Response>> {
  const search = query && query.size > 0 ? `?${query.toString()}` : '';
  return apiRequest(`${pathOf(spec, params)}${search}`, spec.response, { ...options, method: spec.method });
}
