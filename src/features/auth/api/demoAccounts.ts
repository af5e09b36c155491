import { queryOptions } from '@tanstack/react-query';
import { demoEndpoints } from '@/contract/demo';
import { callEndpoint } from '@/lib/api/endpoint';

/** The simulator's demo accounts, listed on the login page. */
export const demoAccountsQuery = () =>
  queryOptions({
    queryKey: ['demoAccounts'],
    queryFn: () => callEndpoint(demoEndpoints.accounts),
    staleTime: Infinity,
  });
