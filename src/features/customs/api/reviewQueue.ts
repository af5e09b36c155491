// GET /customs/applications and POST /customs/applications/:kind/:recordId/decision.
import { Resource } from '@/contract/changes';
import { queryOptions } from '@tanstack/react-query';
import type { ReviewFilter } from '@/contract/review';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { useEndpointMutation } from '@/lib/api/useIdempotentMutation';

export const customsQueries = {
  /** Also the resource name the service announces decisions under. */
  all: [Resource.customs] as const,
  queue: (filter: ReviewFilter) =>
    queryOptions({
      queryKey: [...customsQueries.all, 'queue', filter],
      queryFn: async () =>
        (await callEndpoint(endpoints.reviewQueue, { query: new URLSearchParams({ status: filter }) })).items,
    }),
};

/** 审核: approve or reject one declared application (`params`: its kind and record id). */
export const useDecide = () =>
  useEndpointMutation(endpoints.decide, {
    onSuccess: (_result, _input, queryClient) =>
      queryClient.invalidateQueries({ queryKey: customsQueries.all }),
  });
