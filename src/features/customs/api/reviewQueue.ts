// GET /customs/applications and POST /customs/applications/:kind/:recordId/decision.
import { Resource } from '@/contract/changes';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import {
  decisionResponseSchema,
  reviewQueueResponseSchema,
  type DecisionRequest,
  type ReviewFilter,
  type ReviewItem,
} from '@/contract/review';

export const customsQueries = {
  /** Also the resource name the service announces decisions under. */
  all: [Resource.customs] as const,
  queue: (filter: ReviewFilter) =>
    queryOptions({
      queryKey: [...customsQueries.all, 'queue', filter],
      queryFn: async () =>
        (await apiRequest(`/customs/applications?status=${filter}`, reviewQueueResponseSchema)).items,
    }),
};

export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { item: ReviewItem; request: DecisionRequest; idempotencyKey: string }) =>
      apiRequest(
        `/customs/applications/${encodeURIComponent(input.item.kind)}/${encodeURIComponent(input.item.recordId)}/decision`,
        decisionResponseSchema,
        { method: 'POST', body: input.request, idempotencyKey: input.idempotencyKey },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customsQueries.all }),
  });
}
