// For agency accounts: the enterprises that authorised them (GET /agency/principals), and the
// switch to act for one of them, or for themselves again (POST /auth/act-as).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { principalsResponseSchema, sessionResponseSchema } from '@/contract/auth';
import { sessionQueries } from './sessionQueries';

export const principalsQuery = () =>
  queryOptions({
    queryKey: [...sessionQueries.all, 'principals'],
    queryFn: async () => (await apiRequest('/agency/principals', principalsResponseSchema)).principals,
  });

export function useActAs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enterpriseId: string | null) =>
      apiRequest('/auth/act-as', sessionResponseSchema, { method: 'POST', body: { enterpriseId } }),
    onSuccess: ({ session }) => {
      // Everything cached belongs to the enterprise acted for before.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueries.all[0] });
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
      void queryClient.invalidateQueries({ queryKey: principalsQuery().queryKey });
    },
  });
}
