import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { setSessionToken } from '@/lib/session';
import { sessionResponseSchema, type PasswordLogin } from '../model/authSchemas';
import { sessionQueries } from './sessionQueries';

export function login(credentials: PasswordLogin) {
  return apiRequest('/auth/login', sessionResponseSchema, { method: 'POST', body: credentials });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ session }) => {
      // Nothing cached under another user may show to this one.
      queryClient.clear();
      setSessionToken(session.token);
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
    },
  });
}
