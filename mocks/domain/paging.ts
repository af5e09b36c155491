// One page of a list the service has filtered and sorted, and how many matched in all.
export function pageOf<T>(found: readonly T[], query: { page: number; pageSize: number }) {
  const start = (query.page - 1) * query.pageSize;
  return { rows: found.slice(start, start + query.pageSize), total: found.length };
}
