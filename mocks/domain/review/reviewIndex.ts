// The customs console's index: every application of every kind as a light entry (ReviewEntry),
// kept in memory in the orders the console lists in. A page is read off an order — the date range
// by binary search where the order is by that date, the other filters entry by entry — and only
// the page's items are built from their records, so a page of a queue of 100,000 costs about what
// a page of 1,000 does, where building every item of every kind for each page did not.
//
// Built from the stores on first use (each kind's `entries`), then kept up to date by the writes
// of this tab (each hands the index its record's entries after the commit: indexedWrites.ts) and
// dropped when anything else may have changed the stores (store/keptIndex.ts).
import type {
  ReviewFilter,
  ReviewQueueQuery,
  ReviewQueue,
  ReviewSortField,
  ReviewStatus,
} from '@/contract/review';
import { reviewFilters, reviewOrder } from '@/contract/review';
import { applicationTypes, type ApplicationType } from '@/contract/applications';
import { KeptIndex } from '../../store/keptIndex';
import type { WriteTx } from '../../store/schema';
import { SortedRows, compareText } from '../sortedRows';
import { pageOfMatching } from '../paging';
import type { ReviewEntry } from './entries';

/** The console's two tabs; a withdrawn application is in neither. */
type Tab = ReviewFilter;

const tabOf = (status: ReviewStatus): Tab | null =>
  status === '待审核' ? 'pending' : status === '已撤回' ? null : 'decided';

/** An entry with its times in one format (toISOString), so that text order is time order. */
function normalised(entry: ReviewEntry): ReviewEntry {
  const iso = (at: string) => new Date(at).toISOString();
  return { ...entry, declaredAt: iso(entry.declaredAt), decidedAt: entry.decidedAt && iso(entry.decidedAt) };
}

/** The entries of one tab in order of one of their times, oldest first, ties by id. */
const byTime =
  (field: ReviewSortField) =>
  (a: ReviewEntry, b: ReviewEntry): number =>
    compareText(a[field] ?? '', b[field] ?? '') || compareText(a.id, b.id);

/** In an order by `field`, the first entry whose time is at or after `time`. */
const firstFrom = (order: SortedRows<ReviewEntry>, field: ReviewSortField, time: string): number =>
  order.firstNotBefore((entry) => compareText(entry[field] ?? '', time) < 0);

const DAY_MS = 86_400_000;
/** Year 10000: toISOString writes it with a sign, which text order puts before every time. */
const TEN_THOUSAND = Date.UTC(10_000, 0, 1);

/** When a Beijing calendar day (YYYY-MM-DD) begins, in ms. */
const beijingMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`).getTime();
/** As toISOString writes it; null from year 10000 on (no time stored is that late). */
const isoOrNull = (ms: number) => (ms >= TEN_THOUSAND ? null : new Date(ms).toISOString());

export interface ConsolePage {
  entries: ReviewEntry[];
  total: number;
}

/** How many applications of each type are in each state, for 演示数据管理. */
export type ReviewCounts = Map<ApplicationType, Map<ReviewStatus, number>>;

export class ReviewIndex {
  private readonly byRecord = new Map<string, ReviewEntry[]>();
  /** Each enterprise's records' entries, by record (受理情况查询 lists one enterprise's). */
  private readonly byEnterprise = new Map<string, Map<string, ReviewEntry[]>>();
  private readonly orders = new Map<string, SortedRows<ReviewEntry>>();

  constructor(entries: readonly ReviewEntry[]) {
    for (const entry of entries.map(normalised)) {
      const key = recordKey(entry.kind, entry.recordId);
      const held = this.byRecord.get(key);
      if (held) held.push(entry);
      else this.hold(key, [entry]);
    }
    // Each tab's own order is sorted with the index, so that the officer's first click on a tab
    // is not the one that sorts it (at 100,000 applications 已审核 took 290–310 ms that way).
    for (const tab of reviewFilters) this.order(tab, reviewOrder({ status: tab }).sort);
  }

  /** The record `key`'s entries are `entries` (none: it is no longer held). */
  private hold(key: string, entries: ReviewEntry[]): void {
    const [first] = entries.length > 0 ? entries : (this.byRecord.get(key) ?? []);
    if (!first) return;
    let ofEnterprise = this.byEnterprise.get(first.enterpriseId);
    if (!ofEnterprise) {
      ofEnterprise = new Map();
      this.byEnterprise.set(first.enterpriseId, ofEnterprise);
    }
    if (entries.length > 0) {
      this.byRecord.set(key, entries);
      ofEnterprise.set(key, entries);
    } else {
      this.byRecord.delete(key);
      ofEnterprise.delete(key);
    }
  }

  /** Every application of one enterprise's records, withdrawn ones too, in no order. */
  *ofEnterprise(enterpriseId: string): Generator<ReviewEntry> {
    for (const entries of this.byEnterprise.get(enterpriseId)?.values() ?? []) yield* entries;
  }

  /** Every entry, in no order. */
  private *all(): Generator<ReviewEntry> {
    for (const entries of this.byRecord.values()) yield* entries;
  }

  /** A tab's entries in one order, sorted on first use and kept up to date from then on. */
  private order(tab: Tab, field: ReviewSortField): SortedRows<ReviewEntry> {
    const key = `${tab}:${field}`;
    let order = this.orders.get(key);
    if (!order) {
      order = new SortedRows(
        [...this.all()].filter((entry) => tabOf(entry.status) === tab),
        byTime(field),
      );
      this.orders.set(key, order);
    }
    return order;
  }

  /** The record's applications are now `entries` (none: it is gone, or has none declared). */
  replace(kind: ReviewQueue, recordId: string, entries: readonly ReviewEntry[]): void {
    const key = recordKey(kind, recordId);
    for (const old of this.byRecord.get(key) ?? []) {
      const tab = tabOf(old.status);
      for (const [name, order] of this.orders) if (name.startsWith(`${tab}:`)) order.remove(old);
    }
    const next = entries.map(normalised);
    this.hold(key, next);
    for (const entry of next) {
      const tab = tabOf(entry.status);
      for (const [name, order] of this.orders) if (name.startsWith(`${tab}:`)) order.insert(entry);
    }
  }

  /**
   * The page `query` asks for, and how many entries match in all. `enterpriseMatches` says
   * whether an enterprise passes the name and USCC filters (null: there are none).
   */
  page(query: ReviewQueueQuery, enterpriseMatches: ((enterpriseId: string) => boolean) | null): ConsolePage {
    const tab: Tab = query.status === 'pending' ? 'pending' : 'decided';
    const { sort, order: direction } = reviewOrder(query);
    const { rows } = this.order(tab, sort);
    // 申报日期 on 待审核, 审核日期 on 已审核: where the order is by that date, the range is a slice.
    const dateField: ReviewSortField = tab === 'pending' ? 'declaredAt' : 'decidedAt';
    const ranged = Boolean(query.from || query.to);
    const sliced = ranged && sort === dateField;
    const from = query.from ? isoOrNull(beijingMidnight(query.from)) : null;
    const until = query.to ? isoOrNull(beijingMidnight(query.to) + DAY_MS) : null;
    let low = 0;
    let high = rows.length;
    if (sliced) {
      const byDate = this.order(tab, dateField);
      if (from) low = firstFrom(byDate, dateField, from);
      if (until) high = firstFrom(byDate, dateField, until);
    }

    const passes = (entry: ReviewEntry): boolean => {
      if (query.type && entry.type !== query.type) return false;
      if (query.result && entry.status !== query.result) return false;
      if (ranged && !sliced) {
        const at = entry[dateField];
        if (at === null || (from && at < from) || (until && at >= until)) return false;
      }
      return !enterpriseMatches || enterpriseMatches(entry.enterpriseId);
    };

    function* walk(): Generator<ReviewEntry> {
      if (direction === 'asc') for (let i = low; i < high; i += 1) yield rows[i] as ReviewEntry;
      else for (let i = high - 1; i >= low; i -= 1) yield rows[i] as ReviewEntry;
    }
    const { rows: entries, total } = pageOfMatching(walk(), passes, query);
    return { entries, total };
  }

  /** The record's pending application, else its latest decided one; a withdrawn one never. */
  current(kind: ReviewQueue, recordId: string): ReviewEntry | undefined {
    const entries = (this.byRecord.get(recordKey(kind, recordId)) ?? []).filter(
      (entry) => tabOf(entry.status) !== null,
    );
    return (
      entries.find((entry) => entry.status === '待审核') ??
      entries.reduce<ReviewEntry | undefined>(
        (latest, entry) =>
          !latest || compareText(entry.decidedAt ?? '', latest.decidedAt ?? '') > 0 ? entry : latest,
        undefined,
      )
    );
  }

  counts(): ReviewCounts {
    const counts: ReviewCounts = new Map(applicationTypes.map((type) => [type, new Map()]));
    for (const entry of this.all()) {
      const ofType = counts.get(entry.type);
      ofType?.set(entry.status, (ofType.get(entry.status) ?? 0) + 1);
    }
    return counts;
  }
}

const recordKey = (kind: ReviewQueue, recordId: string) => `${kind}:${recordId}`;

/** One index of every enterprise's applications. */
const ALL = 'all';
const kept = new KeptIndex<ReviewIndex>(['filings', 'personnel', 'preReviews', 'verifications']);

/** The index, built with `entries` (every kind's) when there is none. */
export function reviewIndex(entries: () => Promise<readonly ReviewEntry[]>): Promise<ReviewIndex> {
  return kept.get(ALL, async () => new ReviewIndex(await entries()));
}

/** After `tx` commits, the record's applications in the index are `entries`. */
export function keepIndexed(
  tx: WriteTx,
  kind: ReviewQueue,
  recordId: string,
  entries: readonly ReviewEntry[],
): void {
  kept.patch(tx, ALL, (index) => index.replace(kind, recordId, entries));
}
