// Stored pre-reviews and their list summaries (`preReviewSummaries`), always written together:
// every write of a pre-review goes through here, in the same transaction, so 查询 can read the
// small summaries and never a summary that has drifted from its record.
import { summaryOf, type PreReviewSummary } from '@/features/preReview/model/listQuery';
import type { PreReviewRecord } from '@/features/preReview/model/preReviewSchemas';
import type { WriteTx } from './db';

/** The stores a pre-review write needs in its transaction. */
export const PRE_REVIEW_STORES = ['preReviews', 'preReviewSummaries'] as const;

export async function putPreReview(tx: WriteTx, record: PreReviewRecord): Promise<void> {
  await Promise.all([
    tx.objectStore('preReviews').put(record),
    tx.objectStore('preReviewSummaries').put(summaryOf(record)),
  ]);
}

export async function deletePreReview(tx: WriteTx, id: string): Promise<void> {
  await Promise.all([
    tx.objectStore('preReviews').delete(id),
    tx.objectStore('preReviewSummaries').delete(id),
  ]);
}

/** After seeding or migrating: every summary derived again from the records. */
export async function rebuildPreReviewSummaries(tx: WriteTx): Promise<void> {
  const summaries = tx.objectStore('preReviewSummaries');
  await summaries.clear();
  const records = (await tx.objectStore('preReviews').getAll()) as PreReviewRecord[];
  await Promise.all(records.map((record) => summaries.put(summaryOf(record) satisfies PreReviewSummary)));
}
