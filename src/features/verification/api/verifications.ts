// GET /verifications (+ filters), /verifications/notices, /verifications/:id;
// POST /verifications/:id/response (处理); customs: targets and POST /customs/verifications.
import { Resource } from '@/contract/changes';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { verificationQueryToParams, type VerificationQuery } from '@/contract/verificationQuery';
import {
  verificationListResponseSchema,
  verificationNoticesSchema,
  verificationResponseSchema,
  verificationTargetsSchema,
  type IssueRequest,
  type RespondRequest,
} from '@/contract/verification';

export const verificationQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.verifications] as const,
  list: (query: VerificationQuery) =>
    queryOptions({
      queryKey: [...verificationQueries.all, 'list', query],
      queryFn: async () =>
        (
          await apiRequest(
            `/verifications?${verificationQueryToParams(query).toString()}`,
            verificationListResponseSchema,
          )
        ).verifications,
      placeholderData: keepPreviousData,
    }),
  notices: () =>
    queryOptions({
      queryKey: [...verificationQueries.all, 'notices'],
      queryFn: () => apiRequest('/verifications/notices', verificationNoticesSchema),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...verificationQueries.all, 'detail', id],
      queryFn: async () =>
        (await apiRequest(`/verifications/${encodeURIComponent(id)}`, verificationResponseSchema))
          .verification,
    }),
  targets: () =>
    queryOptions({
      queryKey: [...verificationQueries.all, 'targets'],
      queryFn: () => apiRequest('/customs/verification-targets', verificationTargetsSchema),
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
      apiRequest(`/verifications/${encodeURIComponent(input.id)}/response`, verificationResponseSchema, {
        method: 'POST',
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
      apiRequest('/customs/verifications', verificationResponseSchema, {
        method: 'POST',
        body: input.request,
        idempotencyKey: input.idempotencyKey,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: verificationQueries.all }),
  });
}
