// Optimistic concurrency: a write names the version it read, and an older one is refused (409)
// with what to do, the typed content kept on the page.
import type { StoredRecord, VersionedStore, WriteTx } from '../store/schema';
import { readIn } from '../store/reads';
import { problems, staleVersionMessage } from './problems';

/** A record that must exist, at the version the client read: missing → 404, older → 409. */
export async function checkExistingVersion<S extends VersionedStore>(
  tx: WriteTx,
  store: S,
  id: string,
  expectedVersion: number,
  notFoundMessage: string,
): Promise<StoredRecord<S>> {
  if ((await tx.objectStore(store).getKey(id)) === undefined) throw problems.notFound(notFoundMessage);
  const current = await checkVersion(tx, store, id, expectedVersion);
  // Found just above, in the same transaction: it cannot be gone.
  if (current === undefined) throw problems.notFound(notFoundMessage);
  return current;
}

/** Reads a versioned record inside `tx` and refuses with 409 when the client edited an older one. */
export async function checkVersion<S extends VersionedStore>(
  tx: WriteTx,
  store: S,
  id: string,
  expectedVersion: number,
): Promise<StoredRecord<S> | undefined> {
  const current = await readIn(tx, store, id);
  const currentVersion = current === undefined ? 0 : current.version;
  if (currentVersion !== expectedVersion) throw problems.conflict(staleVersionMessage);
  return current;
}
