// GET /agencies; POST /agencies and PUT /agencies/:id; POST /agencies/:id/revoke.
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { Resource } from '@/contract/changes';
import { endpoints, type QueryOf } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { useEndpointMutation } from '@/lib/api/useIdempotentMutation';

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

const refetchAgencies = (_result: unknown, _input: unknown, queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: agencyQueries.all });

/** 新增代录入授权 (in force at once). */
export const useCreateAgency = () =>
  useEndpointMutation(endpoints.createAgency, { onSuccess: refetchAgencies });
/** 修改代录入授权. */
export const useUpdateAgency = () =>
  useEndpointMutation(endpoints.updateAgency, { onSuccess: refetchAgencies });
/** 撤销代录入授权 (at once). */
export const useRevokeAgency = () =>
  useEndpointMutation(endpoints.revokeAgency, { onSuccess: refetchAgencies });
