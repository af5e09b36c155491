// The submits of the filing forms: 暂存 and 申报 of a filing or a change application, and 撤回.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationKind } from '@/domain/filing/filingRules';
import type { DeclareFilingRequest, SaveFilingDraftRequest } from '@/contract/filing';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { filingQueries } from './filingQueries';

export type FilingSubmit =
  | { action: 'save'; kind: ApplicationKind; request: SaveFilingDraftRequest }
  | { action: 'declare'; kind: ApplicationKind; request: DeclareFilingRequest }
  | { action: 'withdraw'; request: { version: number } };

function endpointOf(submit: FilingSubmit) {
  if (submit.action === 'withdraw') return endpoints.withdrawFiling;
  if (submit.kind === 'filing')
    return submit.action === 'save' ? endpoints.saveFilingDraft : endpoints.declareFiling;
  return submit.action === 'save' ? endpoints.saveFilingChangeDraft : endpoints.declareFilingChange;
}

export function submitFiling(submit: FilingSubmit, idempotencyKey: string, signal?: AbortSignal) {
  return callEndpoint(endpointOf(submit), { body: submit.request, idempotencyKey, signal });
}

export function useSubmitFiling() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { submit: FilingSubmit; idempotencyKey: string; signal?: AbortSignal }) =>
      submitFiling(input.submit, input.idempotencyKey, input.signal),
    onSuccess: ({ filing }) => queryClient.setQueryData(filingQueries.current().queryKey, filing),
  });
}
