// Opening the mock database: IndexedDB, shared by every tab of the browser, so it behaves like
// one server. Creates the stores an older schema lacks, then seeds or migrates the data.
import { deleteDB, openDB } from 'idb';
import { rebuildPreReviewDerived, PRE_REVIEW_STORES } from '../domain/preReview/preReviewStore';
import { isEnterpriseScoped, recordStores } from './stores';
import { listenToOtherTabs } from './changeFeed';
import { forgetReads } from './readCache';
import { META_STORE, type PortalDatabase, type PortalDB } from './schema';
import { prepareData } from './startUp';

export const DB_NAME = 'origin-portal-mock';
/**
 * Object stores and indexes; raise it when a store or index is added (the upgrade creates what is
 * missing). Record shapes are versioned separately: DATA_VERSION. v2 added `cards`, v3
 * `preReviewSummaries`, v4 `preReviewApplications` (both derived: filled from the records when
 * an upgrade creates them). v5 `damaged` (records set aside because they could not be read).
 */
const SCHEMA_VERSION = 5;

let opening: Promise<PortalDatabase> | null = null;

export function database(): Promise<PortalDatabase> {
  opening ??= openAndPrepare().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Closes the connection (tests, and a tab that must make way for a newer schema). */
export async function closeDatabase(): Promise<void> {
  const current = opening;
  opening = null;
  forgetReads();
  if (current) (await current.catch(() => null))?.close();
}

/** Drops everything: tests start from a clean database. */
export async function deleteDatabase(): Promise<void> {
  await closeDatabase();
  await deleteDB(DB_NAME);
}

async function openAndPrepare(): Promise<PortalDatabase> {
  listenToOtherTabs();
  let derivedCreated = false;
  const db = await openDB<PortalDB>(DB_NAME, SCHEMA_VERSION, {
    upgrade(upgrading, oldVersion) {
      derivedCreated =
        oldVersion > 0 &&
        (!upgrading.objectStoreNames.contains('preReviewSummaries') ||
          !upgrading.objectStoreNames.contains('preReviewApplications'));
      if (!upgrading.objectStoreNames.contains(META_STORE))
        upgrading.createObjectStore(META_STORE, { keyPath: 'key' });
      for (const name of recordStores) {
        if (upgrading.objectStoreNames.contains(name)) continue;
        if (isEnterpriseScoped(name))
          upgrading.createObjectStore(name, { keyPath: 'id' }).createIndex('enterpriseId', 'enterpriseId');
        else upgrading.createObjectStore(name, { keyPath: 'id' });
      }
    },
    blocking() {
      // Another tab opened a newer schema: let it proceed; this tab reopens on its next request.
      void closeDatabase();
    },
  });
  await prepareData(db);
  if (derivedCreated) {
    const tx = db.transaction([...PRE_REVIEW_STORES], 'readwrite');
    await rebuildPreReviewDerived(tx);
    await tx.done;
  }
  return db;
}
