import { useQuery } from '@tanstack/react-query';
import type { StandingResponse } from '@/contract/filing';
import { filingQueries } from '@/features/filing/api/filingQueries';

/** Where the signed-in enterprise's filing stands, for the gate; undefined while loading. */
export function useStanding(enabled: boolean): {
  /** The gate's facts (EnterpriseStanding) and the 备案号. */
  standing: StandingResponse['standing'] | undefined;
  error: unknown;
  refetch: () => void;
} {
  const query = useQuery({ ...filingQueries.standing(), enabled });
  return { standing: query.data, error: query.error, refetch: () => void query.refetch() };
}
