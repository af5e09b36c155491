// What a write asks to be done once its transaction commits (the console's index brought up to
// date), and which stores' writes must say so. Kept apart from transactions.ts, which opens the
// database: the index that registers here sits below the stores' writes.
import type { RecordStore } from './stores';
import type { WriteTx } from './schema';

/** What to do once a transaction has committed, by transaction (see afterCommit). */
const committed = new WeakMap<WriteTx, Array<() => void>>();

/**
 * Runs `then` once `tx` (a `transact` transaction) has committed; never when it fails. What a
 * write keeps in memory beside the stores (the console's index) is brought up to date here, so
 * it never shows what was not stored.
 */
export function afterCommit(tx: WriteTx, then: () => void): void {
  const waiting = committed.get(tx);
  if (waiting) waiting.push(then);
  else committed.set(tx, [then]);
}

/** Stores whose writes a kept-in-memory structure follows: a write to one that says nothing drops it. */
const followedStores = new Set<RecordStore>();

export const isFollowed = (store: RecordStore): boolean => followedStores.has(store);

/** What is to run once `tx` (a `transact` transaction) has committed. */
export const commitHooksOf = (tx: WriteTx): Array<() => void> => committed.get(tx) ?? [];

/** Marks stores whose every write must say what it changed (afterCommit), or everything is read again. */
export function followWrites(stores: readonly RecordStore[]): void {
  stores.forEach((store) => followedStores.add(store));
}
