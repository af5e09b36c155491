// GET /customs/applications and POST /customs/applications/:kind/:recordId/decision.
import { Resource } from '@/contract/changes';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { DecisionRequest, ReviewFilter, ReviewItem } from '@/contract/review';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';

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

export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { item: ReviewItem; request: DecisionRequest; idempotencyKey: string }) =>
      callEndpoint(endpoints.decide, {
        params: { kind: input.item.kind, recordId: input.item.recordId },
        body: input.request,
        idempotencyKey: input.idempotencyKey,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customsQueries.all }),
  });
}
