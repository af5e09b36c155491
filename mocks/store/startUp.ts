// What the mock database holds when it opens: the seed of a scenario, data of an older version
// migrated record by record (what users entered kept), or what was there.
import type { DemoNotice } from '@/contract/demo';
import { rebuildPreReviewDerived } from '../domain/preReview/preReviewStore';
import { buildScenario, DEFAULT_SCENARIO, isScenario, scenarioName } from '../scenarios';
import { DATA_VERSION, migrateRecord, storesFilledFromSeed } from './migrations';
import { metaRecordSchema, storedRecordSchemas, type MetaRecord } from './records';
import { recordStores, storesKeptOnReset } from './stores';
import { numberPreReviews } from './preReviewNumbering';
import { setAside } from './damaged';
import { notice } from './notices';
import { forgetReads } from './readCache';
import { META_STORE, type PortalDatabase, type SeedData, type WriteTx } from './schema';

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

type Plan =
  | { kind: 'ready' }
  | { kind: 'seed'; scenario: string; notice: string | null }
  | { kind: 'migrate'; from: number; meta: MetaRecord };

export async function prepareData(db: PortalDatabase): Promise<void> {
  await prepareRecords(db);
  if (startUpNotice) {
    const message = startUpNotice;
    startUpNotice = null;
    await updateMetaIn(db, (meta) => ({ ...meta, notices: [...meta.notices, notice(message)] }));
  }
}

async function prepareRecords(db: PortalDatabase): Promise<void> {
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
async function forgetUnknownScenario(db: PortalDatabase): Promise<void> {
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

export async function writeSeed(
  tx: WriteTx,
  scenario: string,
  seed: SeedData,
  notices: DemoNotice[],
): Promise<void> {
  await writeRecords(tx, seed);
  await tx.objectStore(META_STORE).put(seededMeta(scenario, notices));
}

/** Every store but those a reset keeps, emptied and filled with `seed`, numbered and derived. */
export async function writeRecords(tx: WriteTx, seed: SeedData): Promise<void> {
  for (const name of recordStores) {
    if (storesKeptOnReset.includes(name)) continue;
    const store = tx.objectStore(name);
    await store.clear();
    await Promise.all((seed[name] ?? []).map((record) => store.put(record)));
  }
  await numberPreReviews(tx);
  await rebuildPreReviewDerived(tx);
}

export function seededMeta(scenario: string, notices: DemoNotice[]): MetaRecord {
  return {
    key: 'meta',
    dataVersion: DATA_VERSION,
    scenario,
    seededAt: new Date().toISOString(),
    notices,
  };
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
  await numberPreReviews(tx);
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

export async function updateMetaIn(
  db: PortalDatabase,
  change: (meta: MetaRecord) => MetaRecord,
): Promise<void> {
  const tx = db.transaction(META_STORE, 'readwrite');
  const meta = metaRecordSchema.parse(await tx.store.get('meta'));
  await tx.store.put(change(meta));
  await tx.done;
}
