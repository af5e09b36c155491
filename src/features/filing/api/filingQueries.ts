import { queryOptions } from '@tanstack/react-query';
import { Resource } from '@/contract/changes';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';

export const filingQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.filing] as const,
  current: () =>
    queryOptions({
      queryKey: [...filingQueries.all, 'current'],
      queryFn: async () => (await callEndpoint(endpoints.filing)).filing,
    }),
  /** What the gate needs (FR2–FR4); readable by an agency whatever its scope. */
  standing: () =>
    queryOptions({
      queryKey: [...filingQueries.all, 'standing'],
      queryFn: async () => (await callEndpoint(endpoints.standing)).standing,
    }),
};
