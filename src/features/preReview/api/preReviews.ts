// GET /pre-reviews, GET /pre-reviews/:id; POST /pre-reviews and PUT /pre-reviews/:id (暂存 or 申报).
import { Resource } from '@/contract/changes';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { listQueryToParams, type ListQuery } from '@/contract/preReviewQuery';
import type { PreReviewActionRequest, SavePreReviewRequest } from '@/contract/preReview';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';

export const preReviewQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.preReviews] as const,
  list: (query: Partial<ListQuery> = {}) =>
    queryOptions({
      queryKey: [...preReviewQueries.all, 'list', query],
      queryFn: () => callEndpoint(endpoints.preReviews, { query: listQueryToParams(query) }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...preReviewQueries.all, 'detail', id],
      queryFn: async () => (await callEndpoint(endpoints.preReview, { params: { id } })).preReview,
    }),
};

export function useSavePreReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      id: string | null;
      request: SavePreReviewRequest;
      idempotencyKey: string;
      signal?: AbortSignal;
    }) =>
      input.id === null
        ? callEndpoint(endpoints.createPreReview, {
            body: input.request,
            idempotencyKey: input.idempotencyKey,
            signal: input.signal,
          })
        : callEndpoint(endpoints.updatePreReview, {
            params: { id: input.id },
            body: input.request,
            idempotencyKey: input.idempotencyKey,
            signal: input.signal,
          }),
    onSuccess: ({ preReview }) => {
      queryClient.setQueryData(preReviewQueries.detail(preReview.id).queryKey, preReview);
      void queryClient.invalidateQueries({ queryKey: [...preReviewQueries.all, 'list'] });
    },
  });
}

/** POST /pre-reviews/:id/actions: 变更, 注销, 恢复, 删除. */
export function usePreReviewAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; request: PreReviewActionRequest; idempotencyKey: string }) =>
      callEndpoint(endpoints.preReviewAction, {
        params: { id: input.id },
        body: input.request,
        idempotencyKey: input.idempotencyKey,
      }),
    // A refusal (409) means this page is behind the record: show what it is now, either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: preReviewQueries.all }),
  });
}
