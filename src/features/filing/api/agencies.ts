// GET /agencies; POST /agencies and PUT /agencies/:id; POST /agencies/:id/revoke.
import { Resource } from '@/contract/changes';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgencyData } from '@/contract/agency';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';

export const agencyQueries = {
  /** Also the resource name the service announces changes under. */
  all: [Resource.agencies] as const,
  list: () =>
    queryOptions({
      queryKey: [...agencyQueries.all, 'list'],
      queryFn: async () => (await callEndpoint(endpoints.agencies)).agencies,
    }),
};

export type AgencySubmit =
  | { action: 'save'; id: string | null; version: number; data: AgencyData }
  | { action: 'revoke'; id: string; version: number };

function send(submit: AgencySubmit, idempotencyKey: string) {
  if (submit.action === 'revoke') {
    return callEndpoint(endpoints.revokeAgency, {
      params: { id: submit.id },
      body: { version: submit.version },
      idempotencyKey,
    });
  }
  const body = { version: submit.version, data: submit.data };
  return submit.id === null
    ? callEndpoint(endpoints.createAgency, { body, idempotencyKey })
    : callEndpoint(endpoints.updateAgency, { params: { id: submit.id }, body, idempotencyKey });
}

export function useSubmitAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { submit: AgencySubmit; idempotencyKey: string }) =>
      send(input.submit, input.idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agencyQueries.all }),
  });
}
