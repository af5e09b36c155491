// GET /customs/applications, GET /customs/applications/:kind/:recordId and
// POST /customs/applications/:kind/:recordId/decision.
import { queryOptions, skipToken } from '@tanstack/react-query';
import { Resource } from '@/contract/changes';
import type { ReviewKey } from '@/contract/review';
import { endpoints, type QueryOf } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { useEndpointMutation } from '@/lib/api/useIdempotentMutation';

export const customsQueries = {
  /** Also the resource name the service announces decisions under. */
  all: [Resource.customs] as const,
  queue: (query: QueryOf<typeof endpoints.reviewQueue>) =>
    queryOptions({
      queryKey: [...customsQueries.all, 'queue', query],
      queryFn: () => callEndpoint(endpoints.reviewQueue, { query }),
      // The page before stays while the next loads, but not across tabs: the other tab's rows
      // under this tab's columns would say the wrong thing (and cost a render for nothing).
      placeholderData: (previous, previousQuery) => {
        const before = previousQuery?.queryKey[2];
        return typeof before === 'object' && before.status === query.status ? previous : undefined;
      },
    }),
  /** The application the review drawer shows (the URL's `review`); none without one. */
  item: (key: ReviewKey | null) =>
    queryOptions({
      queryKey: [...customsQueries.all, 'item', key?.kind, key?.recordId],
      queryFn: key ? () => callEndpoint(endpoints.reviewItem, { params: key }) : skipToken,
    }),
};

/** 审核: approve or reject one declared application (`params`: its kind and record id). */
export const useDecide = () =>
  useEndpointMutation(endpoints.decide, {
    // Not awaited: once the review is read again it shows the decision and its form is gone,
    // and the form's own success (the receipt, the next application) would never run.
    onSuccess: (_result, _input, queryClient) => {
      void queryClient.invalidateQueries({ queryKey: customsQueries.all });
    },
  });
