// PUT /filing/draft (暂存) and POST /filing/declare (申报): the two submits of the filing form.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import {
  filingResponseSchema,
  type DeclareFilingRequest,
  type SaveFilingDraftRequest,
} from '../model/filingSchemas';
import { filingQueries } from './filingQueries';

export type FilingSubmit =
  { action: 'save'; request: SaveFilingDraftRequest } | { action: 'declare'; request: DeclareFilingRequest };

export function submitFiling(submit: FilingSubmit, idempotencyKey: string, signal?: AbortSignal) {
  const route =
    submit.action === 'save'
      ? { path: '/filing/draft', method: 'PUT' as const }
      : { path: '/filing/declare', method: 'POST' as const };
  return apiRequest(route.path, filingResponseSchema, {
    method: route.method,
    body: submit.request,
    idempotencyKey,
    signal,
  });
}

export function useSubmitFiling() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { submit: FilingSubmit; idempotencyKey: string; signal?: AbortSignal }) =>
      submitFiling(input.submit, input.idempotencyKey, input.signal),
    onSuccess: ({ filing }) => queryClient.setQueryData(filingQueries.current().queryKey, filing),
  });
}
