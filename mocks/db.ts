// The mock customs service's database: IndexedDB, shared by every tab of the browser, so it
// behaves like one server. Each record is written on its own; a version check and its write
// happen in one transaction; other tabs hear of changes on a BroadcastChannel.
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { SERVER_CHANGES_CHANNEL, type Resource, type ServerChange } from '@/contract/changes';
import type { DemoNotice } from '@/contract/demo';
import { DATA_VERSION, migrateRecord, storesFilledFromSeed } from './migrations';
import type { PreReviewRecord } from '@/contract/preReview';
import { deletePreReview, PRE_REVIEW_STORES, putPreReview, rebuildPreReviewDerived } from './preReviewStore';
import { metaRecordSchema, storedRecordSchemas, type DamagedRecord, type MetaRecord } from './records';
import { buildScenario, DEFAULT_SCENARIO, isScenario, scenarioName } from './scenarios';
import type { WriteTx } from './writeTx';
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
 * an upgrade creates them). v5 `damaged` (records set aside because they could not be read).
 */
const SCHEMA_VERSION = 5;
const META_STORE = 'meta';

export type { WriteTx } from './writeTx';

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

/** A start-up notice not tied to seeding or migrating (e.g. an unknown scenario in the URL). */
let startUpNotice: string | null = null;

/**
 * Called once at start-up with `?scenario=` so that a named scenario is loaded. An unknown name
 * is ignored, and said: stored, it would make the next start take the data for damaged.
 */
export function requestScenario(scenario: string | null): void {
  if (scenario === null || isScenario(scenario)) {
    requestedScenario = scenario;
    startUpNotice = null;
    return;
  }
  requestedScenario = null;
  startUpNotice = `没有名为“${scenario.slice(0, 50)}”的演示场景，已忽略该参数，演示数据保持不变。可用的场景见“演示数据管理”。`;
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
  await prepareRecords(db);
  if (startUpNotice) {
    const message = startUpNotice;
    startUpNotice = null;
    await updateMetaIn(db, (meta) => ({ ...meta, notices: [...meta.notices, notice(message)] }));
  }
}

async function prepareRecords(db: IDBPDatabase): Promise<void> {
  await forgetUnknownScenario(db);
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

/**
 * Earlier builds stored an unknown `?scenario=` name and then took the whole data for damaged.
 * The records are fine: keep them, and let a reset load the standard scenario.
 */
async function forgetUnknownScenario(db: IDBPDatabase): Promise<void> {
  const meta = metaRecordSchema.safeParse(await db.get(META_STORE, 'meta'));
  if (!meta.success || isScenario(meta.data.scenario)) return;
  await updateMetaIn(db, (current) => ({ ...current, scenario: DEFAULT_SCENARIO }));
}

function planStartUp(raw: unknown): Plan {
  if (raw === undefined)
    return { kind: 'seed', scenario: requestedScenario ?? DEFAULT_SCENARIO, notice: memoryOnlyNotice };
  const meta = metaRecordSchema.safeParse(raw);
  if (!meta.success || meta.data.dataVersion > DATA_VERSION) {
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
        else {
          // Set aside as it was, not thrown away.
          await tx
            .objectStore('damaged')
            .put(setAside(name, String(cursor.key), cursor.value, `第 ${plan.from} 版数据升级后仍无法读取`));
          await cursor.delete();
        }
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
  if (unreadable > 0)
    messages.push(`有 ${unreadable} 条数据无法读取，已恢复为初始演示数据或移出（原始内容另行保存）。`);
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
  const [record] = await readable<T>(store, [await db.get(store, id)]);
  return record;
}

/** Several records by key, in the order asked, in one transaction (missing ones left out). */
export async function getRecords<T>(store: RecordStore, ids: readonly string[]): Promise<T[]> {
  const db = await database();
  const tx = db.transaction(store, 'readonly');
  const found: unknown[] = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return readable<T>(store, found);
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
  return readable<T>(store, await db.getAllFromIndex(store, 'enterpriseId', enterpriseId));
}

/** Every record of a store (customs sees all enterprises). */
export async function listAll<T>(store: RecordStore): Promise<T[]> {
  const db = await database();
  return readable<T>(store, await db.getAll(store));
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
  resources: readonly Resource[],
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
  await updateMetaIn(await database(), change);
}

async function updateMetaIn(db: IDBPDatabase, change: (meta: MetaRecord) => MetaRecord): Promise<void> {
  const tx = db.transaction(META_STORE, 'readwrite');
  const meta = metaRecordSchema.parse(await tx.store.get('meta'));
  await tx.store.put(change(meta));
  await tx.done;
}

// ---------------------------------------------------------------------------------------------
// Damaged records: every record is validated when read. One that does not fit its store's
// schema (edited by hand, written by a faulty build, cut short) is repaired from the seed where
// the seed has it, or set aside in `damaged` as it was; either way the demo notices say so, and
// the lists it was in still answer.

/** A read inside a write transaction met a damaged record: `respond` repairs it, then answers. */
export class DamagedRecordError extends Error {
  constructor(
    readonly store: RecordStore,
    readonly id: string,
  ) {
    super(`damaged record ${store}/${id}`);
  }
}

const storeLabels = new Map<RecordStore, string>([
  ['accounts', '账号'],
  ['cards', '卡介质'],
  ['sessions', '登录会话'],
  ['enterprises', '企业'],
  ['filings', '企业备案'],
  ['personnel', '授权人员'],
  ['agencies', '代录入授权'],
  ['preReviews', '产品预审'],
  ['verifications', '核查记录单'],
  ['files', '附件'],
  ['idempotency', '防重复提交记录'],
]);

const DERIVED_STORES: readonly RecordStore[] = ['preReviewSummaries', 'preReviewApplications'];

function keyOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const id = (raw as { id: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/** A record that could not be read, as it was, with why: what the `damaged` store keeps. */
function setAside(store: RecordStore, recordId: string, raw: unknown, reason: string): DamagedRecord {
  const at = new Date().toISOString();
  return { id: `${store}|${recordId}|${at}`, store, recordId, raw, reason, at };
}

/** The records that fit their store's schema; damaged ones repaired (in place) or left out. */
async function readable<T>(store: RecordStore, raws: readonly unknown[]): Promise<T[]> {
  const schema = storedRecordSchemas[store];
  const damaged = raws.filter((raw) => raw !== undefined && !schema.safeParse(raw).success);
  if (damaged.length === 0) return raws.filter((raw) => raw !== undefined) as T[];
  const ids = damaged.map(keyOf).filter((id): id is string => id !== null);
  const repaired = await repairRecords(store, ids);
  const damagedSet = new Set(damaged);
  return raws.flatMap((raw) => {
    if (raw === undefined) return [];
    if (!damagedSet.has(raw)) return [raw as T];
    const id = keyOf(raw);
    const replacement = id === null ? undefined : repaired.get(id);
    return replacement === undefined ? [] : [replacement as T];
  });
}

/** One record read inside a write transaction; a damaged one stops the write (DamagedRecordError). */
export async function readIn<T>(tx: WriteTx, store: RecordStore, id: string): Promise<T | undefined> {
  const raw: unknown = await tx.objectStore(store).get(id);
  if (raw === undefined) return undefined;
  if (!storedRecordSchemas[store].safeParse(raw).success) throw new DamagedRecordError(store, id);
  return raw as T;
}

/** The enterprise's records of a store inside a write transaction, under the same rule. */
export async function readAllIn<T>(tx: WriteTx, store: RecordStore, enterpriseId: string): Promise<T[]> {
  const raws: unknown[] = await tx.objectStore(store).index('enterpriseId').getAll(enterpriseId);
  for (const raw of raws) {
    if (!storedRecordSchemas[store].safeParse(raw).success)
      throw new DamagedRecordError(store, keyOf(raw) ?? '');
  }
  return raws as T[];
}

/** Repairs one record (see repairRecords); returns the record now stored under its id, if any. */
export async function repairRecord(store: RecordStore, id: string): Promise<unknown> {
  return (await repairRecords(store, [id])).get(id);
}

/**
 * Repairs the records `store`/`ids` that are still damaged, all in one transaction: the seed's
 * record of that id takes each one's place, or it is moved to `damaged`; a pre-review's list
 * entries follow it; one notice says how many. Returns what is now stored under each id.
 */
export async function repairRecords(
  store: RecordStore,
  ids: readonly string[],
): Promise<Map<string, unknown>> {
  if (DERIVED_STORES.includes(store)) return rederive(store, ids);
  const db = await database();
  const meta = metaRecordSchema.safeParse(await db.get(META_STORE, 'meta'));
  // Built before the transaction: it is async work that would let the transaction commit early.
  const seed = await buildScenario(meta.success ? meta.data.scenario : DEFAULT_SCENARIO);
  const seeded = new Map((seed[store] ?? []).map((record) => [record.id, record]));
  const stores =
    store === 'preReviews' ? [...PRE_REVIEW_STORES, 'damaged', META_STORE] : [store, 'damaged', META_STORE];
  const tx = db.transaction(stores, 'readwrite');
  const write = tx as unknown as WriteTx;
  const now: Map<string, unknown> = new Map();
  const restored: string[] = [];
  const movedOut: string[] = [];
  for (const id of ids) {
    const raw: unknown = await tx.objectStore(store).get(id);
    const check = raw === undefined ? null : storedRecordSchemas[store].safeParse(raw);
    if (!check || check.success) {
      now.set(id, raw); // gone, or repaired by another tab meanwhile
      continue;
    }
    const reason = check.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(整条记录)'}：${issue.message}`)
      .join('；');
    await tx.objectStore('damaged').put(setAside(store, id, raw, reason));
    const replacement = seeded.get(id);
    if (replacement && store === 'preReviews') await putPreReview(write, replacement as PreReviewRecord);
    else if (replacement) await tx.objectStore(store).put(replacement);
    else if (store === 'preReviews') await deletePreReview(write, id);
    else await tx.objectStore(store).delete(id);
    now.set(id, replacement);
    (replacement ? restored : movedOut).push(id);
  }
  if (restored.length + movedOut.length > 0) {
    const label = storeLabels.get(store) ?? store;
    const said = [
      ...(restored.length > 0 ? [`${restored.length} 条已恢复为初始演示数据`] : []),
      ...(movedOut.length > 0
        ? [`${movedOut.length} 条已移出，不再显示（原始内容另行保存，可在“演示数据管理”中看到数量）`]
        : []),
    ].join('，');
    const which = restored.length + movedOut.length === 1 ? `（${[...restored, ...movedOut].join('')}）` : '';
    const metaStore = tx.objectStore(META_STORE);
    const current = metaRecordSchema.safeParse(await metaStore.get('meta'));
    if (current.success)
      await metaStore.put({
        ...current.data,
        notices: [
          ...current.data.notices,
          notice(`有 ${restored.length + movedOut.length} 条${label}数据已损坏、无法读取${which}：${said}。`),
        ],
      });
  }
  await tx.done;
  forgetReads();
  return now;
}

/** List entries of pre-reviews, derived from them again (or dropped with them). */
async function rederive(store: RecordStore, ids: readonly string[]): Promise<Map<string, unknown>> {
  const db = await database();
  const damagedSources: string[] = [];
  for (const id of ids) {
    const raw: unknown = await db.get('preReviews', id);
    if (raw !== undefined && !storedRecordSchemas.preReviews.safeParse(raw).success) damagedSources.push(id);
  }
  if (damagedSources.length > 0) await repairRecords('preReviews', damagedSources);
  const tx = db.transaction([...PRE_REVIEW_STORES], 'readwrite');
  const write = tx as unknown as WriteTx;
  const now = new Map<string, unknown>();
  for (const id of ids) {
    const record = (await tx.objectStore('preReviews').get(id)) as PreReviewRecord | undefined;
    if (record) await putPreReview(write, record);
    else await deletePreReview(write, id);
    now.set(id, await write.objectStore(store).get(id));
  }
  await tx.done;
  forgetReads();
  return now;
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
