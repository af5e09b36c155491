// Reads kept in memory until anything is written — in this tab (after the commit) or in another
// (its change announcement): every enterprise's name for the console's items. What is kept and
// patched write by write instead (the console's index, each enterprise's 查询 list: keptIndex.ts)
// registers here to be dropped when the stores may have changed under it.
export const readCache = new Map<string, Promise<unknown>>();

/** What else is kept in memory from the stored records (the kept indexes), by how to drop it. */
const keptElsewhere = new Set<() => void>();

/** Registers something kept in memory that `forgetReads` must drop too. */
export function keptInMemory(forget: () => void): void {
  keptElsewhere.add(forget);
}

/**
 * Anything may have changed (a reset, a repair, a migration, another tab's write): everything
 * kept in memory is dropped and read again when next asked for.
 */
export function forgetReads(): void {
  readCache.clear();
  keptElsewhere.forEach((forget) => forget());
}

/**
 * This tab committed a write: the cached reads are read again; what a write patches after its
 * commit (transactions.ts: afterCommit) is kept.
 */
export function forgetCachedReads(): void {
  readCache.clear();
}
