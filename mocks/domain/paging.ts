// One page of a list the service has filtered and sorted, and how many matched in all.
export function pageOf<T>(found: readonly T[], query: { page: number; pageSize: number }) {
  const start = (query.page - 1) * query.pageSize;
  return { rows: found.slice(start, start + query.pageSize), total: found.length };
}

/**
 * One page of the rows `passes` lets through, taken from `rows` in their order without copying
 * them, and how many it lets through in all (an index's walk: every row is checked, none kept
 * beyond the page).
 */
export function pageOfMatching<T>(
  rows: Iterable<T>,
  passes: (row: T) => boolean,
  query: { page: number; pageSize: number },
): { rows: T[]; total: number } {
  const skip = (query.page - 1) * query.pageSize;
  const page: T[] = [];
  let total = 0;
  for (const row of rows) {
    if (!passes(row)) continue;
    if (total >= skip && page.length < query.pageSize) page.push(row);
    total += 1;
  }
  return { rows: page, total };
}
