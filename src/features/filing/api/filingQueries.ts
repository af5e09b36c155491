import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { filingResponseSchema } from '../model/filingSchemas';

export const filingQueries = {
  /** Also the resource name the service announces changes under. */
  all: ['filing'] as const,
  current: () =>
    queryOptions({
      queryKey: [...filingQueries.all, 'current'],
      queryFn: async () => (await apiRequest('/filing', filingResponseSchema)).filing,
    }),
};
