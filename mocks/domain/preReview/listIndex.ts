// One enterprise's 查询 list as the service keeps it: its pre-reviews' summaries in the orders the
// list sorts in, each sorted on first use and kept sorted write by write. A page is read off an
// order — the filters checked summary by summary, the count made on the way — so a page of
// 100,000 records costs a walk of small objects, and no sort.
import type { PreReviewQuery } from '@/contract/preReviewQuery';
import { pageOfMatching } from '../paging';
import { SortedRows } from '../sortedRows';
import { compareBy, matches, type PreReviewSummary } from './summaries';

type Order = Pick<PreReviewQuery, 'sort' | 'order'>;

export class PreReviewListIndex {
  private readonly byId = new Map<string, PreReviewSummary>();
  private readonly orders = new Map<string, SortedRows<PreReviewSummary>>();

  constructor(summaries: readonly PreReviewSummary[]) {
    // ST4: a removed record is never listed again, so the index does not hold it.
    for (const summary of summaries) if (!summary.removed) this.byId.set(summary.id, summary);
  }

  /** The summaries in one order (the query's: its field and direction, then id). */
  private order(query: Order): SortedRows<PreReviewSummary> {
    const key = `${query.sort}:${query.order}`;
    let order = this.orders.get(key);
    if (!order) {
      order = new SortedRows([...this.byId.values()], compareBy(query));
      this.orders.set(key, order);
    }
    return order;
  }

  /** The record `id`'s summary is now `summary` (null: it is gone). */
  replace(id: string, summary: PreReviewSummary | null): void {
    const old = this.byId.get(id);
    if (old) {
      this.orders.forEach((order) => order.remove(old));
      this.byId.delete(id);
    }
    if (!summary || summary.removed) return;
    this.byId.set(id, summary);
    this.orders.forEach((order) => order.insert(summary));
  }

  /** The page `query` asks for, and how many summaries match in all. */
  page(query: PreReviewQuery): { rows: PreReviewSummary[]; total: number } {
    return pageOfMatching(this.order(query).rows, (summary) => matches(summary, query), query);
  }
}
