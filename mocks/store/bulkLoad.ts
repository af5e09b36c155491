// Loading a scenario too large to write at once (the 海关办公室 volumes) in the background: the
// volume is made, then written in batches of a transaction each, the page free between batches
// to paint the progress and answer requests. 演示数据管理 reads the progress from the status.
//
// Until the last batch is in, there is no `meta` record: a load cut short (the tab closed) leaves
// data the next start does not trust, and the standard demo is loaded then.
import { unwrap } from 'idb';
import type { DemoLoading } from '@/contract/demo';
import { PRE_REVIEW_STORES, preReviewWrites } from '../domain/preReview/preReviewStore';
import { DEFAULT_SCENARIO, buildScenario } from '../scenarios';
import { breathe, type Progress } from '../seed/progress';
import { recordStores, storesKeptOnReset, type RecordStore } from './stores';
import { notice } from './notices';
import { database } from './open';
import { forgetReads } from './readCache';
import { announce } from './changeFeed';
import { META_STORE, type SeedData, type StoredRecord, type WriteTx } from './schema';
import { seededMeta, writeRecords, writeSeed } from './startUp';

/** Records written per transaction: large enough to be quick, small enough to keep the page live. */
const BATCH = 10_000;

/** The bar's share for making the volume: about an eighth of the time (100,000: 3 s of 24 s). */
const MAKING = 15;

let loading: DemoLoading | null = null;

/** The load in progress, if any (for the demo status). */
export function currentLoad(): DemoLoading | null {
  return loading;
}

/**
 * Puts a batch without a promise per record (what the app's writes await): at 270,000 records
 * the promises cost a tenth of the load. A put that fails fails its transaction, which
 * `tx.done` reports. Pre-reviews with their derived records, as every pre-review write; the
 * console's index is not told (it is read again after the load).
 */
function putAll<S extends RecordStore>(tx: WriteTx, store: S, records: readonly StoredRecord<S>[]) {
  if (store === 'preReviews') {
    const stores = PRE_REVIEW_STORES.map((name) => [name, unwrap(tx.objectStore(name))] as const);
    for (const record of records as readonly StoredRecord<'preReviews'>[]) {
      const written = preReviewWrites(record);
      for (const [name, target] of stores) target.put(written[name]);
    }
  } else {
    const target = unwrap(tx.objectStore(store));
    for (const record of records) target.put(record);
  }
}

/** The stores a batch of `store` writes (a pre-review's with its derived ones). */
const storesOf = (store: RecordStore): readonly RecordStore[] =>
  store === 'preReviews' ? PRE_REVIEW_STORES : [store];

/**
 * Loads `scenario` in the background: `base` as any seed, then `volume`'s records in batches.
 * Resolves when done; on failure the standard demo is loaded, with a notice saying why.
 */
export async function loadInBackground(
  scenario: string,
  base: () => Promise<SeedData>,
  volume: (progress: Progress) => Promise<SeedData>,
): Promise<void> {
  loading = { scenario, stage: 'generating', percent: 0 };
  try {
    const made = await volume((done, total) => {
      loading = { scenario, stage: 'generating', percent: Math.floor((done / total) * MAKING) };
    });
    const [db, baseRecords] = await Promise.all([database(), base()]);
    // Nothing but the transaction's own requests is awaited inside it (it would commit early).
    const first = db.transaction([META_STORE, ...recordStores], 'readwrite');
    await writeRecords(first, baseRecords);
    await first.objectStore(META_STORE).delete('meta');
    await first.done;
    forgetReads();

    const batches = recordStores
      .filter((store) => !storesKeptOnReset.includes(store))
      .flatMap((store) => {
        // In key order: the browser's store (LevelDB in Chromium) takes appended keys far more
        // quickly than keys scattered over what it holds.
        const records = [...(made[store] ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        return Array.from({ length: Math.ceil(records.length / BATCH) }, (_, i) => ({
          store,
          records: records.slice(i * BATCH, (i + 1) * BATCH),
        }));
      });
    const total = batches.reduce((sum, batch) => sum + batch.records.length, 0);
    let written = 0;
    for (const { store, records } of batches) {
      // Relaxed: the browser may report the commit before the disk has it (a load cut short is
      // loaded again anyway), which makes each batch several times quicker.
      const tx = db.transaction([...storesOf(store)], 'readwrite', { durability: 'relaxed' });
      putAll(tx, store, records);
      await tx.done;
      written += records.length;
      loading = {
        scenario,
        stage: 'writing',
        percent: MAKING + Math.floor((written / total) * (100 - MAKING)),
      };
      await breathe();
    }
    const last = db.transaction(META_STORE, 'readwrite');
    await last.objectStore(META_STORE).put(seededMeta(scenario, []));
    await last.done;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const [db, standard] = await Promise.all([database(), buildScenario(DEFAULT_SCENARIO)]);
    const tx = db.transaction([META_STORE, ...recordStores], 'readwrite');
    await writeSeed(tx, DEFAULT_SCENARIO, standard, [
      notice(`未能载入演示场景（${reason}），已恢复为标准演示数据。`),
    ]);
    await tx.done;
  } finally {
    loading = null;
    forgetReads();
    announce({ kind: 'reset', scenario });
  }
}
