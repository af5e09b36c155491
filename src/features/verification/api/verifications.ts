// GET /verifications (+ filters), /verifications/notices, /verifications/:id;
// POST /verifications/:id/response (处理); customs: targets and POST /customs/verifications.
import { Resource } from '@/contract/changes';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { verificationQueryToParams, type VerificationQuery } from '@/contract/verificationQuery';
import type { IssueRequest, RespondRequest } from '@/contract/verification';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';

export const verificationQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.verifications] as const,
  list: (query: VerificationQuery) =>
    queryOptions({
      queryKey: [...verificationQueries.all, 'list', query],
      queryFn: async () =>
        (await callEndpoint(endpoints.verifications, { query: verificationQueryToParams(query) }))
          .verifications,
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

export function useRespond() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      id: string;
      request: RespondRequest;
      idempotencyKey: string;
      signal?: AbortSignal;
    }) =>
      callEndpoint(endpoints.respondToVerification, {
        params: { id: input.id },
        body: input.request,
        idempotencyKey: input.idempotencyKey,
        signal: input.signal,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: verificationQueries.all }),
  });
}

export function useIssueVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { request: IssueRequest; idempotencyKey: string }) =>
      callEndpoint(endpoints.issueVerification, {
        body: input.request,
        idempotencyKey: input.idempotencyKey,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: verificationQueries.all }),
  });
}
