import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { setSessionToken } from '@/lib/session';
import { sessionResponseSchema, type CardLogin, type PasswordLogin } from '@/contract/auth';
import { sessionQueries } from './sessionQueries';

export type Credentials = ({ method: 'password' } & PasswordLogin) | ({ method: 'card' } & CardLogin);

/** POST /auth/login (account and password) or POST /auth/card-login (card medium and PIN). */
export function login(credentials: Credentials) {
  const { method, ...body } = credentials;
  return apiRequest(method === 'password' ? '/auth/login' : '/auth/card-login', sessionResponseSchema, {
    method: 'POST',
    body,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ session }) => {
      // Nothing cached under another user may show to this one. (The session query itself stays:
      // the login page observes it and moves on when it is set.)
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueries.all[0] });
      setSessionToken(session.token);
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
    },
  });
}
