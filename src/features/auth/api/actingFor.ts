// For agency accounts: the enterprises that authorised them (GET /agency/principals), and the
// switch to act for one of them, or for themselves again (POST /auth/act-as).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { sessionQueries } from './sessionQueries';

export const principalsQuery = () =>
  queryOptions({
    queryKey: [...sessionQueries.all, 'principals'],
    queryFn: async () => (await callEndpoint(endpoints.principals)).principals,
  });

export function useActAs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enterpriseId: string | null) => callEndpoint(endpoints.actAs, { body: { enterpriseId } }),
    onSuccess: ({ session }) => {
      // Everything cached belongs to the enterprise acted for before.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueries.all[0] });
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
      void queryClient.invalidateQueries({ queryKey: principalsQuery().queryKey });
    },
  });
}
