// The demo data as a whole: which scenario is loaded, its notices, and a reset to a scenario.
import { buildScenario } from '../scenarios';
import { metaRecordSchema, type MetaRecord } from './records';
import { recordStores } from './stores';
import { META_STORE } from './schema';
import { announce } from './changeFeed';
import { database } from './open';
import { forgetReads } from './readCache';
import { updateMetaIn, writeSeed } from './startUp';

export async function readMeta(): Promise<MetaRecord> {
  const db = await database();
  return metaRecordSchema.parse(await db.get(META_STORE, 'meta'));
}

/** The meta record, or undefined while a large scenario is being written (store/bulkLoad.ts). */
export async function readMetaIfAny(): Promise<MetaRecord | undefined> {
  const db = await database();
  const parsed = metaRecordSchema.safeParse(await db.get(META_STORE, 'meta'));
  return parsed.success ? parsed.data : undefined;
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
