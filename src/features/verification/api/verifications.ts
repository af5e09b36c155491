// GET /verifications (+ filters), /verifications/notices, /verifications/:id;
// POST /verifications/:id/response (处理); customs: targets and POST /customs/verifications.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Resource } from '@/contract/changes';
import { endpoints, type QueryOf } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { readAgain, useEndpointMutation } from '@/lib/api/useIdempotentMutation';

export const verificationQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.verifications] as const,
  list: (query: QueryOf<typeof endpoints.verifications>) =>
    queryOptions({
      queryKey: [...verificationQueries.all, 'list', query],
      queryFn: () => callEndpoint(endpoints.verifications, { query }),
      placeholderData: keepPreviousData,
    }),
  notices: () =>
    queryOptions({
      queryKey: [...verificationQueries.all, 'notices'],
      queryFn: () => callEndpoint(endpoints.verificationNotices),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...verificationQueries.all, 'detail', id],
      queryFn: async () => (await callEndpoint(endpoints.verification, { params: { id } })).verification,
    }),
  targets: () =>
    queryOptions({
      queryKey: [...verificationQueries.all, 'targets'],
      queryFn: () => callEndpoint(endpoints.verificationTargets),
    }),
};

/** POST /verifications/:id/response: 处理 — the enterprise's reply and documents (VR1). */
export const useRespond = () =>
  useEndpointMutation(endpoints.respondToVerification, {
    onSettled: readAgain(verificationQueries.all),
  });

/** POST /customs/verifications: 发起核查 (customs). */
export const useIssueVerification = () =>
  useEndpointMutation(endpoints.issueVerification, {
    onSuccess: (_result, _input, queryClient) =>
      queryClient.invalidateQueries({ queryKey: verificationQueries.all }),
  });
