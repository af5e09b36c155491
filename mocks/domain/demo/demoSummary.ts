// 演示数据管理's "当前演示数据": what is loaded, counted the way a trainer describes it.
import type { DemoSummary } from '@/contract/demo';
import { recordStates } from '@/contract/preReview';
import { verificationStates } from '@/contract/verification';
import { applicationTypes } from '@/contract/applications';
import type { ReviewStatus } from '@/contract/review';
import { countRecords, listAll } from '../../store/reads';
import { consoleIndex } from '../review/consoleIndex';

/** How many of `values` are each of `kinds`, those with none left out. */
function tally<K extends string>(kinds: readonly K[], values: readonly K[]): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return kinds.flatMap((key) => {
    const count = counts.get(key) ?? 0;
    return count > 0 ? [{ key, count }] : [];
  });
}

export async function demoSummary(): Promise<DemoSummary> {
  const [enterprises, filings, preReviews, verifications, personnel, agencies, files] = await Promise.all([
    listAll('enterprises'),
    listAll('filings'),
    listAll('preReviewSummaries'),
    listAll('verifications'),
    countRecords('personnel'),
    countRecords('agencies'),
    countRecords('files'),
  ]);
  const filingOf = new Map(filings.map((f) => [f.enterpriseId, f]));
  const filed = enterprises.filter((e) => filingOf.get(e.id)?.approved).length;
  const awaitingFiling = enterprises.filter((e) => {
    const filing = filingOf.get(e.id);
    return !filing?.approved && filing?.current?.status === '申报';
  }).length;

  const counts = (await consoleIndex()).counts();
  const applications = applicationTypes.flatMap((type) => {
    const ofType = counts.get(type);
    const count = (status: ReviewStatus) => ofType?.get(status) ?? 0;
    const row = {
      type,
      pending: count('待审核'),
      approved: count('审核通过'),
      rejected: count('审核不通过'),
    };
    return row.pending + row.approved + row.rejected > 0 ? [row] : [];
  });

  return {
    enterprises: {
      total: enterprises.length,
      filed,
      awaitingFiling,
      unfiled: enterprises.length - filed - awaitingFiling,
    },
    applications,
    preReviews: tally(
      recordStates,
      preReviews.filter((p) => !p.removed).map((p) => p.state),
    ).map(({ key, count }) => ({ state: key, count })),
    verifications: tally(
      verificationStates,
      verifications.map((v) => v.state),
    ).map(({ key, count }) => ({ state: key, count })),
    personnel,
    agencies,
    files,
  };
}
