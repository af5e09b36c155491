// One way to run a list page: its query (search filters, sort, page) lives in the URL — so a
// query can be bookmarked, shared, survives a reload and follows back/forward — and the service
// filters, sorts and pages. The URL is read with the list endpoint's own query schema, forgivingly
// (an old bookmark's unreadable parameter falls back to its default; the service, strict, would
// say 400), and written as the API client writes the endpoint's query. The search form edits a draft of the filters; 查询 writes it into the
// URL from page 1 (once its answer is in, see `go`), 重置 clears it; when the URL changes any
// other way (back, forward, a link), the form shows the URL's filters again.
import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { LIST_PAGE_SIZES } from '@/contract/pageQuery';
import { parseQueryParams, queryToParams } from '@/contract/queryParams';
import { serverTableProps, type PagedQuery } from './serverTable';
import { pendingFlag } from './QueryPending';

/**
 * How long a new query's page waits for its answer (QueryPending's bar moving meanwhile) before
 * it shows the query under the table's spinner. At 300 ms an office PC's answer (330–400 ms at
 * 4× CPU) came just after: the table rendered twice, under the spinner and with the answer.
 */
const ANSWER_WAIT_MS = 1_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface UrlListSpec<
  Query extends PagedQuery<string>,
  Filter extends keyof Query,
  Data,
  Key extends QueryKey,
> {
  /** The list's endpoint (GET, with a query): what its query holds and takes. */
  endpoint: { query: z.ZodType<Query> };
  /** The search form's fields. */
  filters: readonly Filter[];
  /** The service's order when no column is chosen (none: the list is only paged). */
  defaultSort?: Query['sort'];
  /** No paging controls while everything fits on one page. */
  hideOnSinglePage?: boolean;
  /**
   * The list's read for a query (the page's own `useQuery` options): started as the user asks
   * for a new query (a tab, 查询, a sort, a page); the page shows the query once it is answered.
   */
  listQuery: (query: Query) => FetchQueryOptions<Data, Error, Data, Key>;
}

export function useUrlList<
  Query extends PagedQuery<string>,
  Filter extends keyof Query,
  Data,
  Key extends QueryKey,
>(spec: UrlListSpec<Query, Filter, Data, Key>) {
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const parse = (from: URLSearchParams) => parseQueryParams(spec.endpoint.query, from);
  const query = parse(params);
  const filtersOf = (source: Partial<Query>) =>
    Object.fromEntries(spec.filters.map((key) => [key, source[key]])) as Pick<Query, Filter>;

  const [draft, setDraft] = useState<Partial<Pick<Query, Filter>>>(() => filtersOf(query));
  // Adjusted during render rather than by remounting the form, which re-creates every field.
  const shown = JSON.stringify(filtersOf(query));
  const [seen, setSeen] = useState(shown);
  if (seen !== shown) {
    setSeen(shown);
    setDraft(filtersOf(query));
  }

  // A new query is read from the click, and the address (so the page) changes once its answer
  // is in: the page renders the new rows once, rather than the old ones under a spinner first
  // and then the new ones (the console's sort at 100,000: 115–159 → 79–100 ms). Meanwhile the
  // pending bar says it is on its way; an answer slower than ANSWER_WAIT_MS is waited for under
  // the table's spinner, as before.
  const asked = useRef(0);
  const [pending] = useState(pendingFlag);
  const go = (next: Partial<Query>) => {
    const nextParams = queryToParams(next);
    const read = queryClient.prefetchQuery(spec.listQuery(parse(nextParams)));
    const ticket = (asked.current += 1);
    const from = window.location.href;
    pending.set(true);
    void Promise.race([read, delay(ANSWER_WAIT_MS)]).then(() => {
      // A later query wins over this one; a move elsewhere meanwhile drops it.
      if (ticket !== asked.current) return;
      // The same query again (查询 with the filters shown) changes no address: nothing to wait for.
      if (window.location.href !== from || nextParams.toString() === params.toString()) pending.set(false);
      // In one render, not the router's transition: its answer is in, nothing suspends, and a
      // transition yields to the browser every 5 ms — a sort at 4× CPU rendered its rows in
      // slices over ≈ 300 ms, between frames, where one task takes ≈ 280 (bench: 685 → 443 ms).
      else setParams(nextParams, { flushSync: true });
    });
  };
  // The bar goes with the render that shows the new query (its own update, made with the
  // answer, would render before the router's).
  const address = params.toString();
  useLayoutEffect(() => pending.set(false), [address, pending]);
  const { sort, order, pageSize } = query;
  /** A new page, page size or sort; the filters stay. */
  const update = (change: Partial<Query>) => go({ ...query, ...change });
  const searchWith = (filters: Partial<Pick<Query, Filter>>) =>
    go({ ...filters, sort, order, pageSize } as Partial<Query>);

  return {
    query,
    /** The filters as the search form shows them (not yet searched). */
    draft,
    setDraft: (change: Partial<Pick<Query, Filter>>) => setDraft((current) => ({ ...current, ...change })),
    /** 查询: the drafted filters, from page 1, in the same order and page size. */
    search: () => searchWith(draft),
    /** 重置: no filters. */
    reset: () => {
      setDraft({});
      searchWith({});
    },
    /** Shows these filters at once (a tab), from page 1. */
    searchWith: (filters: Partial<Pick<Query, Filter>>) => {
      setDraft(filters);
      searchWith(filters);
    },
    update,
    /** Whether a query asked for is on its way (QueryPending shows it). */
    pending,
    /** The table's paging and sorting, done by the service. */
    tableProps: <Row>(total: number) =>
      serverTableProps<Row, NonNullable<Query['sort']>>(query, {
        total,
        pageSizes: LIST_PAGE_SIZES,
        defaultSort: spec.defaultSort,
        hideOnSinglePage: spec.hideOnSinglePage,
        update: update as (change: Partial<PagedQuery<NonNullable<Query['sort']>>>) => void,
      }),
  };
}
