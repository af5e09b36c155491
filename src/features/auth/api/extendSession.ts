import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { sessionResponseSchema } from '@/contract/auth';
import { sessionQueries } from './sessionQueries';

export function useExtendSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/auth/session/extend', sessionResponseSchema, { method: 'POST' }),
    onSuccess: ({ session }) => queryClient.setQueryData(sessionQueries.current().queryKey, session),
  });
}
