import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { setSessionToken } from '@/lib/session';
import { okResponseSchema } from '@/contract/auth';
import { sessionQueries } from './sessionQueries';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/auth/logout', okResponseSchema, { method: 'POST' }),
    // Logging out locally must work even when the service cannot be reached.
    onSettled: () => {
      setSessionToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.current().queryKey, null);
    },
  });
}
