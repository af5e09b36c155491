// The mock database's tables and their record types, bound together: a store's name decides the
// type of what is read from it and written to it (idb's DBSchema), so no call site casts.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { z } from 'zod';
import type { MetaRecord, storedRecordSchemas } from './records';
import type { EnterpriseScopedStore, RecordStore } from './stores';

/** What a record of `S` is, as its schema reads it (records.ts: storedRecordSchemas). */
export type StoredRecord<S extends RecordStore> = z.infer<(typeof storedRecordSchemas)[S]>;

type RecordTables = {
  [S in RecordStore]: {
    key: string;
    value: StoredRecord<S>;
    indexes: S extends EnterpriseScopedStore ? { enterpriseId: string } : Record<never, never>;
  };
};

/** Stores whose records carry a `version` (every write checks it). */
export type VersionedStore = {
  [S in RecordStore]: StoredRecord<S> extends { version: number } ? S : never;
}[RecordStore];

/** Stores whose records belong to one enterprise and carry a version. */
export type OwnedStore = VersionedStore & EnterpriseScopedStore;

/** What a scenario loads: records by store, each of its store's type. */
export type SeedData = { [S in RecordStore]?: ReadonlyArray<StoredRecord<S>> };

export interface PortalDB extends DBSchema, RecordTables {
  /** One record, `meta`: which data version and scenario are loaded, and the demo notices. */
  meta: { key: string; value: MetaRecord };
}

/** The store of the one `meta` record. */
export const META_STORE = 'meta';

export type PortalDatabase = IDBPDatabase<PortalDB>;

/** A read-write transaction over some of the stores. */
export type WriteTx = IDBPTransaction<PortalDB, ArrayLike<StoreNames<PortalDB>>, 'readwrite'>;
