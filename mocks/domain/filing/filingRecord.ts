// Where an enterprise's filing is kept: one record per enterprise, under a key derived from it,
// so two tabs cannot create two. The gate (access.ts) and the filing handlers both read it.
import type { FilingRecord } from '@/contract/filing';
import { getRecord } from '../../store/reads';

export function filingIdOf(enterpriseId: string): string {
  return `filing-${enterpriseId}`;
}

export async function findFiling(enterpriseId: string): Promise<FilingRecord | null> {
  return (await getRecord('filings', filingIdOf(enterpriseId))) ?? null;
}
