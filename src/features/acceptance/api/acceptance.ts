// GET /acceptance: every application of the enterprise, filtered, sorted and paged by the service.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { endpoints, type QueryOf } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';

export const acceptanceQueries = {
  list: (query: Partial<QueryOf<typeof endpoints.acceptance>>) =>
    queryOptions({
      // Every feature's writes change this list: it refetches whenever it is shown — but not an
      // answer a click has just read for the page to show (useUrlList), within a second.
      queryKey: ['acceptance', query],
      queryFn: () => callEndpoint(endpoints.acceptance, { query }),
      placeholderData: keepPreviousData,
      staleTime: 1_000,
    }),
};
