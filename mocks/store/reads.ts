// Reads of the mock database, each record checked against its store's schema as it is read: a
// damaged one is repaired or set aside (repair.ts) and never reaches a handler. The store's name
// decides the type of what is read (schema.ts).
import { storedRecordSchemas } from './records';
import type { EnterpriseScopedStore, RecordStore } from './stores';
import { keyOf } from './damaged';
import { database } from './open';
import { DamagedRecordError, readable } from './repair';
import type { StoredRecord, WriteTx } from './schema';

export async function getRecord<S extends RecordStore>(
  store: S,
  id: string,
): Promise<StoredRecord<S> | undefined> {
  const db = await database();
  const [record] = await readable(store, [await db.get(store, id)]);
  return record;
}

/** Several records by key, in the order asked, in one transaction (missing ones left out). */
export async function getRecords<S extends RecordStore>(
  store: S,
  ids: readonly string[],
): Promise<StoredRecord<S>[]> {
  const db = await database();
  const tx = db.transaction(store, 'readonly');
  const found: unknown[] = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return readable(store, found);
}

export async function listByEnterprise<S extends EnterpriseScopedStore>(
  store: S,
  enterpriseId: string,
): Promise<StoredRecord<S>[]> {
  const db = await database();
  // Every enterprise-scoped store has the index; naming the union lets the compiler see it.
  const scoped: EnterpriseScopedStore = store;
  const raws: unknown[] = await db.getAllFromIndex(scoped, 'enterpriseId', enterpriseId);
  return readable(store, raws);
}

/** Every record of a store (customs sees all enterprises). */
export async function listAll<S extends RecordStore>(store: S): Promise<StoredRecord<S>[]> {
  const db = await database();
  const raws: unknown[] = await db.getAll(store);
  return readable(store, raws);
}

export async function countRecords(store: RecordStore): Promise<number> {
  const db = await database();
  return db.count(store);
}

/** One record read inside a write transaction; a damaged one stops the write (DamagedRecordError). */
export async function readIn<S extends RecordStore>(
  tx: WriteTx,
  store: S,
  id: string,
): Promise<StoredRecord<S> | undefined> {
  const raw: unknown = await tx.objectStore(store).get(id);
  if (raw === undefined) return undefined;
  if (!storedRecordSchemas[store].safeParse(raw).success) throw new DamagedRecordError(store, id);
  // Checked just above: what fits the store's schema is its record.
  return raw as StoredRecord<S>;
}

/** The enterprise's records of a store inside a write transaction, under the same rule. */
export async function readAllIn<S extends EnterpriseScopedStore>(
  tx: WriteTx,
  store: S,
  enterpriseId: string,
): Promise<StoredRecord<S>[]> {
  const scoped: EnterpriseScopedStore = store;
  const raws: unknown[] = await tx.objectStore(scoped).index('enterpriseId').getAll(enterpriseId);
  for (const raw of raws) {
    if (!storedRecordSchemas[store].safeParse(raw).success)
      throw new DamagedRecordError(store, keyOf(raw) ?? '');
  }
  return raws as StoredRecord<S>[];
}
