// GET /personnel; POST /personnel and PUT /personnel/:id (暂存 or 申报); POST /personnel/:id/disable.
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { Resource } from '@/contract/changes';
import { endpoints, type QueryOf } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { useEndpointMutation } from '@/lib/api/useIdempotentMutation';

export const personnelQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.personnel] as const,
  list: (query: QueryOf<typeof endpoints.personnel>) =>
    queryOptions({
      queryKey: [...personnelQueries.all, 'list', query],
      queryFn: () => callEndpoint(endpoints.personnel, { query }),
      placeholderData: keepPreviousData,
    }),
};

const refetchPersonnel = (_result: unknown, _input: unknown, queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: personnelQueries.all });

/** 新增授权人员: 暂存 or 申报 (`declare`). */
export const useCreatePerson = () =>
  useEndpointMutation(endpoints.createPerson, { onSuccess: refetchPersonnel });
/** 修改授权人员: 暂存 or 申报 (`declare`). */
export const useUpdatePerson = () =>
  useEndpointMutation(endpoints.updatePerson, { onSuccess: refetchPersonnel });
/** 停用. */
export const useDisablePerson = () =>
  useEndpointMutation(endpoints.disablePerson, { onSuccess: refetchPersonnel });
