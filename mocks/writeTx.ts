// The type of a read-write transaction over the mock database's stores. Apart from db.ts so that
// what db.ts itself uses (preReviewStore.ts) can name it without importing db.ts back.
import type { IDBPTransaction } from 'idb';

export type WriteTx = IDBPTransaction<unknown, string[], 'readwrite'>;
