// GET /agencies; POST /agencies and PUT /agencies/:id; POST /agencies/:id/revoke.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Resource } from '@/contract/changes';
import { endpoints, type QueryOf } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { readingAgain, useEndpointMutation } from '@/lib/api/useIdempotentMutation';

export const agencyQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.agencies] as const,
  list: (query: QueryOf<typeof endpoints.agencies>) =>
    queryOptions({
      queryKey: [...agencyQueries.all, 'list', query],
      queryFn: () => callEndpoint(endpoints.agencies, { query }),
      placeholderData: keepPreviousData,
    }),
};

/** Each write shows the list as it now is; so does a refusal as behind it (409). */
const writes = readingAgain(agencyQueries.all);

/** 新增代录入授权 (in force at once). */
export const useCreateAgency = () => useEndpointMutation(endpoints.createAgency, writes);
/** 修改代录入授权. */
export const useUpdateAgency = () => useEndpointMutation(endpoints.updateAgency, writes);
/** 撤销代录入授权 (at once). */
export const useRevokeAgency = () => useEndpointMutation(endpoints.revokeAgency, writes);
