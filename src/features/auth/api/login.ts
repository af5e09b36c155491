import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setSessionToken } from '@/lib/session';
import type { CardLogin, PasswordLogin } from '@/contract/auth';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { sessionQueries } from './sessionQueries';

export type Credentials = ({ method: 'password' } & PasswordLogin) | ({ method: 'card' } & CardLogin);

/** POST /auth/login (account and password) or POST /auth/card-login (card medium and PIN). */
export function login(credentials: Credentials) {
  const { method, ...body } = credentials;
  return callEndpoint(method === 'password' ? endpoints.login : endpoints.cardLogin, { body });
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
