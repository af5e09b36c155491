// The customs console's index: every application of every kind as a light entry (ReviewEntry),
// kept in memory in the orders the console lists in. A page is read off an order — the date range
// by binary search where the order is by that date, the other filters entry by entry — and only
// the page's items are built from their records, so a page of a queue of 100,000 costs about what
// a page of 1,000 does, where building every item of every kind for each page did not.
//
// Built from the stores on first use (each kind's `entries`), then kept up to date by the writes
// of this tab (each hands the index its record's entries after the commit: indexedWrites.ts) and
// dropped when anything else may have changed the stores (a reset, a repair, another tab's write).
import type {
  ReviewFilter,
  ReviewListQuery,
  ReviewQueue,
  ReviewSortField,
  ReviewStatus,
} from '@/contract/review';
import { reviewFilters, reviewOrder } from '@/contract/review';
import { applicationTypes, type ApplicationType } from '@/contract/applications';
import { afterCommit, followWrites } from '../store/commitHooks';
import { keptInMemory } from '../store/readCache';
import type { WriteTx } from '../store/schema';
import type { ReviewEntry } from './entries';

/** The console's two tabs; a withdrawn application is in neither. */
type Tab = ReviewFilter;

const tabOf = (status: ReviewStatus): Tab | null =>
  status === '待审核' ? 'pending' : status === '已撤回' ? null : 'decided';

/** Code-unit order (ISO times and ids are ASCII): quicker than localeCompare, and total. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An entry with its times in one format (toISOString), so that text order is time order. */
function normalised(entry: ReviewEntry): ReviewEntry {
  const iso = (at: string) => new Date(at).toISOString();
  return { ...entry, declaredAt: iso(entry.declaredAt), decidedAt: entry.decidedAt && iso(entry.decidedAt) };
}

/** The entries of one tab by one of their times, oldest first, ties by id. */
class Order {
  readonly rows: ReviewEntry[];

  constructor(
    readonly field: ReviewSortField,
    entries: ReviewEntry[],
  ) {
    this.rows = entries.sort((a, b) => this.compare(a, b));
  }

  private compare(a: ReviewEntry, b: ReviewEntry): number {
    return compareText(a[this.field] ?? '', b[this.field] ?? '') || compareText(a.id, b.id);
  }

  /** Where `entry` is or would go. */
  private place(entry: ReviewEntry): number {
    let low = 0;
    let high = this.rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.rows[middle] as ReviewEntry, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  insert(entry: ReviewEntry): void {
    this.rows.splice(this.place(entry), 0, entry);
  }

  remove(entry: ReviewEntry): void {
    const at = this.place(entry);
    if (this.rows[at] === entry) this.rows.splice(at, 1);
  }

  /** The first row whose time is at or after `time`. */
  firstFrom(time: string): number {
    let low = 0;
    let high = this.rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareText((this.rows[middle] as ReviewEntry)[this.field] ?? '', time) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

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
  private readonly orders = new Map<string, Order>();

  constructor(entries: readonly ReviewEntry[]) {
    for (const entry of entries.map(normalised)) {
      const key = recordKey(entry.kind, entry.recordId);
      const held = this.byRecord.get(key);
      if (held) held.push(entry);
      else this.byRecord.set(key, [entry]);
    }
    // Each tab's own order is sorted with the index, so that the officer's first click on a tab
    // is not the one that sorts it (at 100,000 applications 已审核 took 290–310 ms that way).
    for (const tab of reviewFilters) this.order(tab, reviewOrder({ status: tab }).sort);
  }

  /** Every entry, in no order. */
  private *all(): Generator<ReviewEntry> {
    for (const entries of this.byRecord.values()) yield* entries;
  }

  /** A tab's entries in one order, sorted on first use and kept up to date from then on. */
  private order(tab: Tab, field: ReviewSortField): Order {
    const key = `${tab}:${field}`;
    let order = this.orders.get(key);
    if (!order) {
      order = new Order(
        field,
        [...this.all()].filter((entry) => tabOf(entry.status) === tab),
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
    if (next.length > 0) this.byRecord.set(key, next);
    else this.byRecord.delete(key);
    for (const entry of next) {
      const tab = tabOf(entry.status);
      for (const [name, order] of this.orders) if (name.startsWith(`${tab}:`)) order.insert(entry);
    }
  }

  /**
   * The page `query` asks for, and how many entries match in all. `enterpriseMatches` says
   * whether an enterprise passes the name and USCC filters (null: there are none).
   */
  page(query: ReviewListQuery, enterpriseMatches: ((enterpriseId: string) => boolean) | null): ConsolePage {
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
      if (from) low = byDate.firstFrom(from);
      if (until) high = byDate.firstFrom(until);
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

    const skip = (query.page - 1) * query.pageSize;
    const entries: ReviewEntry[] = [];
    let total = 0;
    const take = (entry: ReviewEntry) => {
      if (!passes(entry)) return;
      if (total >= skip && entries.length < query.pageSize) entries.push(entry);
      total += 1;
    };
    if (direction === 'asc') for (let i = low; i < high; i += 1) take(rows[i] as ReviewEntry);
    else for (let i = high - 1; i >= low; i -= 1) take(rows[i] as ReviewEntry);
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

/** The index being built or built, by the build that made it. */
let kept: { built: Promise<ReviewIndex>; index: ReviewIndex | null } | null = null;

/** The index, built with `entries` (every kind's) when there is none. */
export function reviewIndex(entries: () => Promise<readonly ReviewEntry[]>): Promise<ReviewIndex> {
  if (kept) return kept.built;
  const building: { built: Promise<ReviewIndex>; index: ReviewIndex | null } = {
    built: entries().then((read) => {
      const index = new ReviewIndex(read);
      building.index = index;
      return index;
    }),
    index: null,
  };
  building.built.catch(() => {
    if (kept === building) kept = null;
  });
  kept = building;
  return building.built;
}

/** After `tx` commits, the record's applications in the index are `entries`. */
export function keepIndexed(
  tx: WriteTx,
  kind: ReviewQueue,
  recordId: string,
  entries: readonly ReviewEntry[],
): void {
  afterCommit(tx, () => {
    if (!kept) return;
    // Still being built from what was read before this write: build again when next asked.
    if (!kept.index) kept = null;
    else kept.index.replace(kind, recordId, entries);
  });
}

/** The stores the index is made of: a write to one that does not say what it changed drops it. */
followWrites(['filings', 'personnel', 'preReviews', 'verifications']);
keptInMemory(() => {
  kept = null;
});
