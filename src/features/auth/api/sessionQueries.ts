import { queryOptions } from '@tanstack/react-query';
import { Resource } from '@/contract/changes';
import { ApiError } from '@/lib/api/apiError';
import { getSessionToken, setSessionToken } from '@/lib/session';
import type { Session } from '@/contract/auth';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';

export const sessionQueries = {
  all: [Resource.session] as const,
  /** The signed-in session, or null when nobody is (or the session expired). */
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all, 'current'],
      queryFn: async (): Promise<Session | null> => {
        if (!getSessionToken()) return null;
        try {
          return (await callEndpoint(endpoints.session)).session;
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) {
            setSessionToken(null);
            return null;
          }
          throw error;
        }
      },
      staleTime: 60_000,
    }),
};
