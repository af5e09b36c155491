// GET /pre-reviews, GET /pre-reviews/:id; POST /pre-reviews and PUT /pre-reviews/:id (暂存 or 申报).
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { Resource } from '@/contract/changes';
import type { PreReviewResponse } from '@/contract/preReview';
import type { Sheet } from '@/contract/sheet';
import { endpoints, type QueryOf } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { readAgain, useEndpointMutation } from '@/lib/api/useIdempotentMutation';

export const preReviewQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.preReviews] as const,
  list: (query: Partial<QueryOf<typeof endpoints.preReviews>> = {}) =>
    queryOptions({
      queryKey: [...preReviewQueries.all, 'list', query],
      queryFn: () => callEndpoint(endpoints.preReviews, { query }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...preReviewQueries.all, 'detail', id],
      queryFn: async () => (await callEndpoint(endpoints.preReview, { params: { id } })).preReview,
    }),
};

/**
 * A record's sheet as the service holds it now, not as cached: what a declaration from the list or
 * a 复制为新申请 sends (a list row does not carry the sheet).
 */
export async function freshSheet(queryClient: QueryClient, id: string): Promise<Sheet> {
  return (await queryClient.fetchQuery({ ...preReviewQueries.detail(id), staleTime: 0 })).data;
}

const showSaved = ({ preReview }: PreReviewResponse, _input: unknown, queryClient: QueryClient) => {
  queryClient.setQueryData(preReviewQueries.detail(preReview.id).queryKey, preReview);
  void queryClient.invalidateQueries({ queryKey: [...preReviewQueries.all, 'list'] });
};

/** Refused as behind the record (409): what the pages show is read again. */
const saves = { onSuccess: showSaved, onConflict: readAgain(preReviewQueries.all) };

/** POST /pre-reviews: 新增 — 暂存 or 申报 (`declare`) of a sheet not saved before. */
export const useCreatePreReview = () => useEndpointMutation(endpoints.createPreReview, saves);
/** PUT /pre-reviews/:id: 暂存 or 申报 of a draft. */
export const useUpdatePreReview = () => useEndpointMutation(endpoints.updatePreReview, saves);

/** POST /pre-reviews/:id/actions: 变更, 注销, 恢复, 删除 (and 修改 of a 申请说明). */
export const usePreReviewAction = () =>
  useEndpointMutation(endpoints.preReviewAction, {
    // A refusal (409) means this page is behind the record: show what it is now, either way.
    onSettled: readAgain(preReviewQueries.all),
  });
