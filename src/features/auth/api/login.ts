// POST /auth/login (account and password) and POST /auth/card-login (card medium and PIN).
import type { QueryClient } from '@tanstack/react-query';
import { setSessionToken } from '@/lib/session';
import type { SessionResponse } from '@/contract/auth';
import { endpoints } from '@/contract/endpoints';
import { useEndpointMutation } from '@/lib/api/useIdempotentMutation';
import { sessionQueries } from './sessionQueries';

/** A session just opened: nothing cached for the previous user stays. */
export const signedIn = ({ session }: SessionResponse, _input: unknown, queryClient: QueryClient) => {
  // Nothing cached under another user may show to this one. (The session query itself stays:
  // the login page observes it and moves on when it is set.)
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueries.all[0] });
  setSessionToken(session.token);
  queryClient.setQueryData(sessionQueries.current().queryKey, session);
};

/** 账号登录. */
export const useLogin = () => useEndpointMutation(endpoints.login, { onSuccess: signedIn });
/** 卡介质登录. */
export const useCardLogin = () => useEndpointMutation(endpoints.cardLogin, { onSuccess: signedIn });
