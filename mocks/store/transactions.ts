// Writes: one read-write transaction per request, nothing kept when it fails, every tab told
// after the commit; a browser out of space answered as such (507), not as a crash.
import type { Resource } from '@/contract/changes';
import type { RecordStore } from './stores';
import { announce } from './changeFeed';
import { database } from './open';
import { forgetCachedReads, forgetReads } from './readCache';
import type { WriteTx } from './schema';
import { commitHooksOf, isFollowed } from './commitHooks';

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
  const then = commitHooksOf(tx);
  // A followed store written without a word of what changed: what is kept of it is read again.
  if (then.length === 0 && stores.some(isFollowed)) forgetReads();
  else forgetCachedReads();
  then.forEach((run) => run());
  if (resources.length > 0) announce({ kind: 'changed', resources: [...resources] });
  return result;
}
