// 预审编号 for records stored without one: after seeding or migrating (start-up and reset), each
// enterprise's in the order they were created, after the numbers it already gave. Reads the
// stores directly: this runs while the database is being prepared, below the checked reads.
import { preReviewNumber } from '../domain/preReview/numbering';
import type { WriteTx } from './schema';

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The enterprise's 备案号, as its filing record holds it (one filing per enterprise). */
export async function filingNoIn(tx: WriteTx, enterpriseId: string): Promise<string | null> {
  const filings = await tx.objectStore('filings').index('enterpriseId').getAll(enterpriseId);
  return filings[0]?.filingNo ?? null;
}

export async function numberPreReviews(tx: WriteTx): Promise<void> {
  const unnumbered = (await tx.objectStore('preReviews').getAll())
    .filter((record) => record.number === '')
    .sort((a, b) => order(a.createdAt, b.createdAt) || order(a.id, b.id));
  // Each enterprise's run: how many numbers it has given, and its 备案号.
  const runs = new Map<string, { given: number; filingNo: string | null }>();
  for (const record of unnumbered) {
    let run = runs.get(record.enterpriseId);
    if (!run) {
      const enterprise = await tx.objectStore('enterprises').get(record.enterpriseId);
      run = {
        given: enterprise?.preReviewsNumbered ?? 0,
        filingNo: await filingNoIn(tx, record.enterpriseId),
      };
      runs.set(record.enterpriseId, run);
    }
    run.given += 1;
    await tx.objectStore('preReviews').put({ ...record, number: preReviewNumber(run.filingNo, run.given) });
  }
  for (const [enterpriseId, run] of runs) {
    const enterprise = await tx.objectStore('enterprises').get(enterpriseId);
    if (enterprise) await tx.objectStore('enterprises').put({ ...enterprise, preReviewsNumbered: run.given });
  }
}
