// Lists read for 查询, kept in memory until anything is written — in this tab (after the commit)
// or in another (its change announcement). Reading 10,000 summaries out of IndexedDB takes
// ≈ 70 ms in Chromium; filtering and sorting them in memory a few.
export const readCache = new Map<string, Promise<readonly unknown[]>>();

export function forgetReads(): void {
  readCache.clear();
}
