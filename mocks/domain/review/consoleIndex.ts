// The console's index of every kind's applications, and the items of a page built from it.
import type { ReviewItem } from '@/contract/review';
import { reviewIndex, type ReviewIndex } from './reviewIndex';
import type { EnterpriseNames, ReviewEntry } from './reviewKind';
import { reviewKinds } from './reviewKinds';

export function consoleIndex(): Promise<ReviewIndex> {
  return reviewIndex(async () => (await Promise.all(reviewKinds.map((kind) => kind.entries()))).flat());
}

/** The items of `entries`, in their order, each built from its record (one read per kind). */
export async function itemsOf(
  entries: readonly ReviewEntry[],
  enterprises: EnterpriseNames,
): Promise<ReviewItem[]> {
  const built = await Promise.all(
    reviewKinds.map((kind) => {
      const recordIds = [...new Set(entries.filter((e) => e.kind === kind.kind).map((e) => e.recordId))];
      return recordIds.length > 0 ? kind.items(recordIds, enterprises) : [];
    }),
  );
  const byId = new Map(built.flat().map((item) => [`${item.kind}:${item.id}`, item]));
  return entries.flatMap((entry) => byId.get(`${entry.kind}:${entry.id}`) ?? []);
}
