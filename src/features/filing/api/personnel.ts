// GET /personnel; POST /personnel and PUT /personnel/:id (暂存 or 申报); POST /personnel/:id/disable.
import { Resource } from '@/contract/changes';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonDraft } from '@/contract/personnel';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';

export const personnelQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.personnel] as const,
  list: () =>
    queryOptions({
      queryKey: [...personnelQueries.all, 'list'],
      queryFn: async () => (await callEndpoint(endpoints.personnel)).personnel,
    }),
};

export type PersonSubmit =
  | { action: 'save' | 'declare'; id: string | null; version: number; data: PersonDraft }
  | { action: 'disable'; id: string; version: number };

function send(submit: PersonSubmit, idempotencyKey: string, signal?: AbortSignal) {
  if (submit.action === 'disable') {
    return callEndpoint(endpoints.disablePerson, {
      params: { id: submit.id },
      body: { version: submit.version },
      idempotencyKey,
      signal,
    });
  }
  const body = { version: submit.version, declare: submit.action === 'declare', data: submit.data };
  return submit.id === null
    ? callEndpoint(endpoints.createPerson, { body, idempotencyKey, signal })
    : callEndpoint(endpoints.updatePerson, { params: { id: submit.id }, body, idempotencyKey, signal });
}

export function useSubmitPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { submit: PersonSubmit; idempotencyKey: string; signal?: AbortSignal }) =>
      send(input.submit, input.idempotencyKey, input.signal),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personnelQueries.all }),
  });
}
