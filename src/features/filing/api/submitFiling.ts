// The submits of the filing forms: 暂存 and 申报 of a filing or a change application, and 撤回.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import type { ApplicationKind } from '@/domain/filing/filingRules';
import {
  filingResponseSchema,
  type DeclareFilingRequest,
  type SaveFilingDraftRequest,
} from '@/contract/filing';
import { filingQueries } from './filingQueries';

export type FilingSubmit =
  | { action: 'save'; kind: ApplicationKind; request: SaveFilingDraftRequest }
  | { action: 'declare'; kind: ApplicationKind; request: DeclareFilingRequest }
  | { action: 'withdraw'; request: { version: number } };

function routeOf(submit: FilingSubmit): { path: string; method: 'PUT' | 'POST' } {
  if (submit.action === 'withdraw') return { path: '/filing/withdraw', method: 'POST' };
  const base = submit.kind === 'filing' ? '/filing' : '/filing/change';
  return submit.action === 'save'
    ? { path: `${base}/draft`, method: 'PUT' }
    : { path: `${base}/declare`, method: 'POST' };
}

export function submitFiling(submit: FilingSubmit, idempotencyKey: string, signal?: AbortSignal) {
  const { path, method } = routeOf(submit);
  return apiRequest(path, filingResponseSchema, { method, body: submit.request, idempotencyKey, signal });
}

export function useSubmitFiling() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { submit: FilingSubmit; idempotencyKey: string; signal?: AbortSignal }) =>
      submitFiling(input.submit, input.idempotencyKey, input.signal),
    onSuccess: ({ filing }) => queryClient.setQueryData(filingQueries.current().queryKey, filing),
  });
}
