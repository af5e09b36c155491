// 预审编号 of a new pre-review: the service numbers each enterprise's pre-reviews as they are
// created (domain/preReview/numbering.ts). The enterprise record counts the numbers given, so a
// number stays unique even after the record that carried it was deleted before it was declared.
import { filingNoIn } from '../../store/preReviewNumbering';
import { readIn } from '../../store/reads';
import type { WriteTx } from '../../store/schema';
import { preReviewNumber } from './numbering';

/** The stores a numbering write needs in its transaction, beside the pre-review's own. */
export const NUMBERING_STORES = ['enterprises', 'filings'] as const;

/** Gives the enterprise its next 预审编号 inside the write that creates the record. */
export async function nextPreReviewNumber(tx: WriteTx, enterpriseId: string): Promise<string> {
  const enterprise = await readIn(tx, 'enterprises', enterpriseId);
  if (!enterprise) throw new Error(`no enterprise ${enterpriseId} to number a pre-review for`);
  const seq = enterprise.preReviewsNumbered + 1;
  await tx.objectStore('enterprises').put({ ...enterprise, preReviewsNumbered: seq });
  return preReviewNumber(await filingNoIn(tx, enterpriseId), seq);
}
