import { useQuery } from '@tanstack/react-query';
import type { EnterpriseStanding } from '@/domain/capabilities';
import { filingQueries } from '@/features/filing/api/filingQueries';

/** Where the signed-in enterprise's filing stands, for the gate; undefined while loading. */
export function useStanding(enabled: boolean): {
  standing: EnterpriseStanding | undefined;
  error: unknown;
  refetch: () => void;
} {
  const query = useQuery({ ...filingQueries.standing(), enabled });
  return { standing: query.data, error: query.error, refetch: () => void query.refetch() };
}
