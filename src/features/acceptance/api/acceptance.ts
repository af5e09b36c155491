// GET /acceptance: every application of the enterprise, filtered, sorted and paged by the service.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import {
  acceptanceListResponseSchema,
  acceptanceQueryToParams,
  type AcceptanceQuery,
} from '@/contract/acceptance';

export const acceptanceQueries = {
  list: (query: Partial<AcceptanceQuery>) =>
    queryOptions({
      // Every feature's writes change this list: it refetches whenever it is shown.
      queryKey: ['acceptance', query],
      queryFn: () =>
        apiRequest(`/acceptance?${acceptanceQueryToParams(query).toString()}`, acceptanceListResponseSchema),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
};
