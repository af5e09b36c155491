// GET /personnel; POST /personnel and PUT /personnel/:id (暂存 or 申报); POST /personnel/:id/disable.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Resource } from '@/contract/changes';
import { endpoints, type QueryOf } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { readingAgain, useEndpointMutation } from '@/lib/api/useIdempotentMutation';

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

/** Each write shows the list as it now is; so does a refusal as behind it (409). */
const writes = readingAgain(personnelQueries.all);

/** 新增授权人员: 暂存 or 申报 (`declare`). */
export const useCreatePerson = () => useEndpointMutation(endpoints.createPerson, writes);
/** 修改授权人员: 暂存 or 申报 (`declare`). */
export const useUpdatePerson = () => useEndpointMutation(endpoints.updatePerson, writes);
/** 停用. */
export const useDisablePerson = () => useEndpointMutation(endpoints.disablePerson, writes);
