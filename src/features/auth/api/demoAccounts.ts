import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { roles } from '@/contract/auth';

const demoAccountsSchema = z.object({
  password: z.string(),
  cardPin: z.string(),
  accounts: z.array(
    z.object({
      username: z.string(),
      displayName: z.string(),
      role: z.enum(roles),
      situation: z.string(),
      cardId: z.string(),
    }),
  ),
});

/** The simulator's demo accounts, listed on the login page. */
export const demoAccountsQuery = () =>
  queryOptions({
    queryKey: ['demoAccounts'],
    queryFn: () => apiRequest('/demo/accounts', demoAccountsSchema),
    staleTime: Infinity,
  });
