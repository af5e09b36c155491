// Writes a stored record of the mock database as it is, past its store's type: the way a faulty
// build or a hand edit in devtools would leave it, for the tests of what the service does then.
import { openDB } from 'idb';
import { database, DB_NAME } from '@mocks/store/open';
import { forgetReads } from '@mocks/store/readCache';

export async function overwriteStored(
  store: string,
  id: string,
  change: (record: Record<string, unknown>) => unknown,
): Promise<void> {
  // The service's database, opened (and seeded) first; then a second connection to it, untyped:
  // the service's own is typed by store.
  await database();
  const db = await openDB(DB_NAME);
  try {
    const tx = db.transaction(store, 'readwrite');
    const record = (await tx.store.get(id)) as Record<string, unknown>;
    await tx.store.put(change(record));
    await tx.done;
  } finally {
    db.close();
  }
  forgetReads();
}
