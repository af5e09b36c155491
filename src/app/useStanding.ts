import { useQuery } from '@tanstack/react-query';
import type { EnterpriseStanding } from '@/domain/capabilities';
import { filingQueries } from '@/features/filing/api/filingQueries';
import { filingStanding } from '@/features/filing/model/filingRules';

/** Where the signed-in enterprise's filing stands, for the gate; undefined while loading. */
export function useStanding(enabled: boolean): {
  standing: EnterpriseStanding | undefined;
  error: unknown;
  refetch: () => void;
} {
  const filing = useQuery({ ...filingQueries.current(), enabled });
  return {
    standing: filing.data === undefined ? undefined : filingStanding(filing.data),
    error: filing.error,
    refetch: () => void filing.refetch(),
  };
}
