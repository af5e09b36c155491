import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { sessionQueries } from './sessionQueries';

export function useExtendSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callEndpoint(endpoints.extendSession),
    onSuccess: ({ session }) => queryClient.setQueryData(sessionQueries.current().queryKey, session),
  });
}
