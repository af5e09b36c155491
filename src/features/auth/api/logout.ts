import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setSessionToken } from '@/lib/session';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { sessionQueries } from './sessionQueries';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callEndpoint(endpoints.logout),
    // Logging out locally must work even when the service cannot be reached.
    onSettled: () => {
      setSessionToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.current().queryKey, null);
    },
  });
}
