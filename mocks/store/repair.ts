// Damaged records: every record is validated when read. One that does not fit its store's
// schema (edited by hand, written by a faulty build, cut short) is repaired from the seed where
// the seed has it, or set aside in `damaged` as it was; either way the demo notices say so, and
// the lists it was in still answer.
import { deletePreReview, PRE_REVIEW_STORES, putPreReview } from '../domain/preReview/preReviewStore';
import { buildScenario, DEFAULT_SCENARIO } from '../scenarios';
import { metaRecordSchema, storedRecordSchemas } from './records';
import type { RecordStore } from './stores';
import { keyOf, setAside } from './damaged';
import { notice } from './notices';
import { database } from './open';
import { forgetReads } from './readCache';
import { META_STORE, type StoredRecord, type WriteTx } from './schema';

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

/** The records that fit their store's schema; damaged ones repaired (in place) or left out. */
export async function readable<S extends RecordStore>(
  store: S,
  raws: readonly unknown[],
): Promise<StoredRecord<S>[]> {
  const schema = storedRecordSchemas[store];
  const damaged = raws.filter((raw) => raw !== undefined && !schema.safeParse(raw).success);
  // Checked just above: what fits the schema is the record (returned as stored, not re-parsed:
  // 10,000 list entries are read at a time).
  if (damaged.length === 0) return raws.filter((raw) => raw !== undefined) as StoredRecord<S>[];
  const ids = damaged.map(keyOf).filter((id): id is string => id !== null);
  const repaired = await repairRecords(store, ids);
  const damagedSet = new Set(damaged);
  return raws.flatMap((raw) => {
    if (raw === undefined) return [];
    if (!damagedSet.has(raw)) return [raw as StoredRecord<S>];
    const id = keyOf(raw);
    const replacement = id === null ? undefined : repaired.get(id);
    return replacement === undefined ? [] : [replacement as StoredRecord<S>];
  });
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
export async function repairRecords<S extends RecordStore>(
  store: S,
  ids: readonly string[],
): Promise<Map<string, unknown>> {
  if (DERIVED_STORES.includes(store)) return rederive(store, ids);
  const db = await database();
  const meta = metaRecordSchema.safeParse(await db.get(META_STORE, 'meta'));
  // Built before the transaction: it is async work that would let the transaction commit early.
  const seed = await buildScenario(meta.success ? meta.data.scenario : DEFAULT_SCENARIO);
  const seeded = new Map<string, StoredRecord<S>>((seed[store] ?? []).map((record) => [record.id, record]));
  const stores: Array<RecordStore | typeof META_STORE> =
    store === 'preReviews' ? [...PRE_REVIEW_STORES, 'damaged', META_STORE] : [store, 'damaged', META_STORE];
  const tx = db.transaction(stores, 'readwrite');
  const write: WriteTx = tx;
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
    if (store === 'preReviews') {
      // A pre-review's list entries follow it (preReviewStore.ts).
      const seededPreReview = seed.preReviews?.find((record) => record.id === id);
      if (seededPreReview) await putPreReview(write, seededPreReview);
      else await deletePreReview(write, id);
    } else if (replacement) await tx.objectStore(store).put(replacement);
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
  const write: WriteTx = tx;
  const now = new Map<string, unknown>();
  for (const id of ids) {
    const record = await tx.objectStore('preReviews').get(id);
    if (record) await putPreReview(write, record);
    else await deletePreReview(write, id);
    now.set(id, await write.objectStore(store).get(id));
  }
  await tx.done;
  forgetReads();
  return now;
}
