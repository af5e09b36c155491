// The mock customs service's database: IndexedDB, shared by every tab of the browser, so it
// behaves like one server. Each record is written on its own; a version check and its write
// happen in one transaction; other tabs hear of changes on a BroadcastChannel.
import { deleteDB, openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { SERVER_CHANGES_CHANNEL, type ServerChange } from '@/domain/apiContract';
import type { DemoNotice } from '@/features/demoControl/model/demoSchemas';
import { DATA_VERSION, migrateRecord, storesFilledFromSeed } from './migrations';
import { PRE_REVIEW_STORES, rebuildPreReviewDerived } from './preReviewStore';
import { metaRecordSchema, storedRecordSchemas, type MetaRecord } from './records';
import { buildScenario, DEFAULT_SCENARIO, scenarioName } from './scenarios';
import {
  enterpriseScopedStores,
  recordStores,
  storesKeptOnReset,
  type RecordStore,
  type SeedData,
} from './stores';

export const DB_NAME = 'origin-portal-mock';
/**
 * Object stores and indexes; raise it when a store or index is added (the upgrade creates what is
 * missing). Record shapes are versioned separately: DATA_VERSION. v2 added `cards`, v3
 * `preReviewSummaries`, v4 `preReviewApplications` (both derived: filled from the records when
 * an upgrade creates them).
 */
const SCHEMA_VERSION = 4;
const META_STORE = 'meta';

export type WriteTx = IDBPTransaction<unknown, string[], 'readwrite'>;

let opening: Promise<IDBPDatabase> | null = null;
let requestedScenario: string | null = null;
/** Set when the browser's IndexedDB could not be used and an in-memory one stands in. */
let memoryOnlyNotice: string | null = null;

/**
 * Called at start-up when IndexedDB is unavailable (private mode, storage disabled): the service
 * runs on an in-memory database, seeded afresh, and says so once in the demo notices.
 */
export function keepDataInMemory(on = true): void {
  memoryOnlyNotice = on ? MEMORY_ONLY_MESSAGE : null;
}

export const MEMORY_ONLY_MESSAGE =
  '浏览器存储不可用（例如无痕模式或禁用了站点数据），演示数据只保存在本页内存中：您仍可继续操作，但刷新或关闭页面后将恢复为初始演示数据。';

const STORAGE_FULL_MESSAGE =
  '浏览器存储空间已满，本次提交未保存。您填写的内容仍保留在页面上；请在“演示数据管理”中重置演示数据或清理浏览器存储后重试。';

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'QuotaExceededError'
  );
}

/** A write the browser refused for lack of space: the service's own answer, not a crash. */
export class StorageFullError extends Error {
  constructor() {
    super(STORAGE_FULL_MESSAGE);
  }
}

/** Called once at start-up with `?scenario=` so that a named scenario is loaded. */
export function requestScenario(scenario: string | null): void {
  requestedScenario = scenario;
}

export function database(): Promise<IDBPDatabase> {
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

async function openAndPrepare(): Promise<IDBPDatabase> {
  listenToOtherTabs();
  let derivedCreated = false;
  const db = await openDB(DB_NAME, SCHEMA_VERSION, {
    upgrade(upgrading, oldVersion) {
      derivedCreated =
        oldVersion > 0 &&
        (!upgrading.objectStoreNames.contains('preReviewSummaries') ||
          !upgrading.objectStoreNames.contains('preReviewApplications'));
      if (!upgrading.objectStoreNames.contains(META_STORE))
        upgrading.createObjectStore(META_STORE, { keyPath: 'key' });
      for (const name of recordStores) {
        if (upgrading.objectStoreNames.contains(name)) continue;
        const store = upgrading.createObjectStore(name, { keyPath: 'id' });
        if (enterpriseScopedStores.includes(name)) store.createIndex('enterpriseId', 'enterpriseId');
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
    await rebuildPreReviewDerived(tx as unknown as WriteTx);
    await tx.done;
  }
  return db;
}

// ---------------------------------------------------------------------------------------------
// Start-up: seed, migrate, or repair

type Plan =
  | { kind: 'ready' }
  | { kind: 'seed'; scenario: string; notice: string | null }
  | { kind: 'migrate'; from: number; meta: MetaRecord };

async function prepareData(db: IDBPDatabase): Promise<void> {
  const raw: unknown = await db.get(META_STORE, 'meta');
  const plan = planStartUp(raw);
  if (plan.kind === 'ready') return;
  const scenario = plan.kind === 'seed' ? plan.scenario : plan.meta.scenario;
  const seed = await buildScenario(scenario); // async work stays outside the transaction
  const tx = db.transaction([META_STORE, ...recordStores], 'readwrite');
  // Another tab may have prepared the data since we looked: then there is nothing to do.
  const again: unknown = await tx.objectStore(META_STORE).get('meta');
  if (JSON.stringify(again) !== JSON.stringify(raw)) {
    await tx.done;
    return;
  }
  if (plan.kind === 'seed') await writeSeed(tx, scenario, seed, plan.notice ? [notice(plan.notice)] : []);
  else await migrateAll(tx, plan, seed);
  await tx.done;
  forgetReads();
}

function planStartUp(raw: unknown): Plan {
  if (raw === undefined)
    return { kind: 'seed', scenario: requestedScenario ?? DEFAULT_SCENARIO, notice: memoryOnlyNotice };
  const meta = metaRecordSchema.safeParse(raw);
  if (!meta.success || meta.data.dataVersion > DATA_VERSION || !scenarioName(meta.data.scenario)) {
    return {
      kind: 'seed',
      scenario: requestedScenario ?? DEFAULT_SCENARIO,
      notice: '浏览器中保存的演示数据已损坏或来自不兼容的版本，无法读取，已恢复为初始演示数据。',
    };
  }
  if (requestedScenario && scenarioName(requestedScenario) && requestedScenario !== meta.data.scenario) {
    return {
      kind: 'seed',
      scenario: requestedScenario,
      notice: `已载入演示场景「${scenarioName(requestedScenario)}」，之前的演示数据已替换。`,
    };
  }
  if (meta.data.dataVersion < DATA_VERSION)
    return { kind: 'migrate', from: meta.data.dataVersion, meta: meta.data };
  return { kind: 'ready' };
}

function notice(message: string): DemoNotice {
  return { id: crypto.randomUUID(), at: new Date().toISOString(), message };
}

async function writeSeed(
  tx: WriteTx,
  scenario: string,
  seed: SeedData,
  notices: DemoNotice[],
): Promise<void> {
  for (const name of recordStores) {
    if (storesKeptOnReset.includes(name)) continue;
    const store = tx.objectStore(name);
    await store.clear();
    await Promise.all((seed[name] ?? []).map((record) => store.put(record)));
  }
  await rebuildPreReviewDerived(tx);
  const meta: MetaRecord = {
    key: 'meta',
    dataVersion: DATA_VERSION,
    scenario,
    seededAt: new Date().toISOString(),
    notices,
  };
  await tx.objectStore(META_STORE).put(meta);
}

async function migrateAll(
  tx: WriteTx,
  plan: { from: number; meta: MetaRecord },
  seed: SeedData,
): Promise<void> {
  let unreadable = 0;
  for (const name of recordStores) {
    const seeded = new Map((seed[name] ?? []).map((record) => [record.id, record]));
    let cursor = await tx.objectStore(name).openCursor();
    while (cursor) {
      const migrated = storedRecordSchemas[name].safeParse(migrateRecord(name, cursor.value, plan.from));
      if (migrated.success) {
        await cursor.update(migrated.data);
      } else {
        unreadable += 1;
        const replacement = typeof cursor.key === 'string' ? seeded.get(cursor.key) : undefined;
        if (replacement) await cursor.update(replacement);
        else await cursor.delete();
      }
      cursor = await cursor.continue();
    }
  }
  // Stores that a version introduced start with the seed's records.
  for (let version = plan.from; version < DATA_VERSION; version += 1) {
    for (const name of storesFilledFromSeed[version] ?? []) {
      const store = tx.objectStore(name);
      for (const record of seed[name] ?? []) {
        if ((await store.getKey(record.id)) === undefined) await store.put(record);
      }
    }
  }
  await rebuildPreReviewDerived(tx);
  const messages = [`演示数据已从第 ${plan.from} 版升级到第 ${DATA_VERSION} 版，您录入的内容均已保留。`];
  if (unreadable > 0) messages.push(`有 ${unreadable} 条数据无法读取，已恢复为初始演示数据或移除。`);
  const meta: MetaRecord = {
    ...plan.meta,
    dataVersion: DATA_VERSION,
    notices: [...plan.meta.notices, ...messages.map(notice)],
  };
  await tx.objectStore(META_STORE).put(meta);
}

// ---------------------------------------------------------------------------------------------
// Reads and writes used by the handlers

export async function readMeta(): Promise<MetaRecord> {
  const db = await database();
  return metaRecordSchema.parse(await db.get(META_STORE, 'meta'));
}

export async function getRecord<T>(store: RecordStore, id: string): Promise<T | undefined> {
  const db = await database();
  return (await db.get(store, id)) as T | undefined;
}

/** Several records by key, in the order asked, in one transaction (missing ones left out). */
export async function getRecords<T>(store: RecordStore, ids: readonly string[]): Promise<T[]> {
  const db = await database();
  const tx = db.transaction(store, 'readonly');
  const found: unknown[] = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((record) => record !== undefined) as T[];
}

/**
 * Whole per-enterprise lists read for 查询, kept in memory until anything is written — in this
 * tab (after the commit) or in another (its change announcement). Reading 10,000 summaries out of
 * IndexedDB takes ≈ 70 ms in Chromium; filtering and sorting them in memory a few. Callers must
 * not change the array.
 */
const readCache = new Map<string, Promise<readonly unknown[]>>();

function forgetReads(): void {
  readCache.clear();
}

export function listByEnterpriseCached<T>(store: RecordStore, enterpriseId: string): Promise<readonly T[]> {
  const key = `${store}|${enterpriseId}`;
  let read = readCache.get(key);
  if (!read) {
    read = listByEnterprise(store, enterpriseId);
    readCache.set(key, read);
    read.catch(() => readCache.delete(key));
  }
  return read as Promise<readonly T[]>;
}

export async function listByEnterprise<T>(store: RecordStore, enterpriseId: string): Promise<T[]> {
  const db = await database();
  return (await db.getAllFromIndex(store, 'enterpriseId', enterpriseId)) as T[];
}

/** Every record of a store (customs sees all enterprises). */
export async function listAll<T>(store: RecordStore): Promise<T[]> {
  const db = await database();
  return (await db.getAll(store)) as T[];
}

export async function countRecords(store: RecordStore): Promise<number> {
  const db = await database();
  return db.count(store);
}

/**
 * Runs `work` in one read-write transaction over `stores`. `work` may only await IndexedDB
 * requests of `tx` (anything else lets the transaction commit early). When it throws, nothing
 * it wrote is kept. After the commit, every tab hears which `resources` changed.
 */
export async function transact<T>(
  stores: readonly RecordStore[],
  resources: readonly string[],
  work: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  const db = await database();
  const tx = db.transaction([...stores], 'readwrite');
  let result: T;
  try {
    result = await work(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    await tx.done.catch(() => undefined);
    throw isQuotaError(error) ? new StorageFullError() : error;
  }
  // The browser may refuse the commit itself when storage is full.
  await tx.done.catch((error: unknown) => {
    throw isQuotaError(error) ? new StorageFullError() : error;
  });
  forgetReads();
  if (resources.length > 0) announce({ kind: 'changed', resources: [...resources] });
  return result;
}

export async function resetDatabase(scenario: string): Promise<void> {
  const db = await database();
  const seed = await buildScenario(scenario);
  const tx = db.transaction([META_STORE, ...recordStores], 'readwrite');
  await writeSeed(tx, scenario, seed, []);
  await tx.done;
  forgetReads();
  announce({ kind: 'reset', scenario });
}

export async function updateMeta(change: (meta: MetaRecord) => MetaRecord): Promise<void> {
  const db = await database();
  const tx = db.transaction(META_STORE, 'readwrite');
  const meta = metaRecordSchema.parse(await tx.store.get('meta'));
  await tx.store.put(change(meta));
  await tx.done;
}

// ---------------------------------------------------------------------------------------------
// Change feed

let channel: BroadcastChannel | null = null;

function changeChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(SERVER_CHANGES_CHANNEL);
  return channel;
}

function announce(change: ServerChange): void {
  changeChannel()?.postMessage(change);
}

/** Another tab wrote: what this tab keeps in memory may be out of date. */
function listenToOtherTabs(): void {
  changeChannel()?.addEventListener('message', forgetReads);
}
