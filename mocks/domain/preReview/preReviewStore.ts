// Stored pre-reviews and what is derived from each — its list summary (`preReviewSummaries`) and
// its applications without sheets (`preReviewApplications`) — always written together: every
// write of a pre-review goes through here, in the same transaction, so 查询 and the acceptance
// query read small records and never one that has drifted from its pre-review. The customs
// console's index and the enterprise's 查询 list are told of each write too, once it commits.
import type { PreReviewRecord } from '@/contract/preReview';
import type { WriteTx } from '../../store/schema';
import { entriesOfPreReview } from '../review/entries';
import { keepIndexed } from '../review/reviewIndex';
import { KeptIndex } from '../../store/keptIndex';
import { PreReviewListIndex } from './listIndex';
import { applicationsOf, summaryOf, type PreReviewSummary } from './summaries';

const DERIVED = ['preReviewSummaries', 'preReviewApplications'] as const;

/** The stores a pre-review write needs in its transaction. */
export const PRE_REVIEW_STORES = ['preReviews', ...DERIVED] as const;

/** What a write of `record` puts, store by store: the record and what is derived from it. */
export function preReviewWrites(record: PreReviewRecord) {
  return {
    preReviews: record,
    preReviewSummaries: summaryOf(record),
    preReviewApplications: applicationsOf(record),
  };
}

export async function putPreReview(tx: WriteTx, record: PreReviewRecord): Promise<void> {
  const written = preReviewWrites(record);
  await Promise.all([
    tx.objectStore('preReviews').put(written.preReviews),
    tx.objectStore('preReviewSummaries').put(written.preReviewSummaries),
    tx.objectStore('preReviewApplications').put(written.preReviewApplications),
  ]);
  // The customs console's index follows (review/reviewIndex.ts), and the enterprise's 查询 list.
  keepIndexed(tx, 'preReview', record.id, entriesOfPreReview(written.preReviewApplications));
  lists.patch(tx, record.enterpriseId, (list) => list.replace(record.id, written.preReviewSummaries));
}

export async function deletePreReview(tx: WriteTx, id: string): Promise<void> {
  await Promise.all(PRE_REVIEW_STORES.map((name) => tx.objectStore(name).delete(id)));
  keepIndexed(tx, 'preReview', id, []);
  lists.patchEvery(tx, (list) => list.replace(id, null));
}

/** Each enterprise's 查询 list (domain/preReview/listIndex.ts), kept beside the stores. */
const lists = new KeptIndex<PreReviewListIndex>(PRE_REVIEW_STORES);

/**
 * The enterprise's 查询 list; `stored` reads its summaries when none is kept (passed in: the
 * store's reads sit above this file, which the database's opening uses).
 */
export function preReviewList(
  enterpriseId: string,
  stored: () => Promise<readonly PreReviewSummary[]>,
): Promise<PreReviewListIndex> {
  return lists.get(enterpriseId, async () => new PreReviewListIndex(await stored()));
}

/** After seeding or migrating, or when a schema upgrade creates them: derived again from the records. */
export async function rebuildPreReviewDerived(tx: WriteTx): Promise<void> {
  await Promise.all(DERIVED.map((name) => tx.objectStore(name).clear()));
  const records = await tx.objectStore('preReviews').getAll();
  await Promise.all(
    records.flatMap((record) => [
      tx.objectStore('preReviewSummaries').put(summaryOf(record)),
      tx.objectStore('preReviewApplications').put(applicationsOf(record)),
    ]),
  );
}
