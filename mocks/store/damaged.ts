// What the `damaged` store keeps of a record that could not be read: the record as it was, where
// it came from and why (never thrown away).
import type { DamagedRecord } from './records';
import type { RecordStore } from './stores';

export function setAside(store: RecordStore, recordId: string, raw: unknown, reason: string): DamagedRecord {
  const at = new Date().toISOString();
  return { id: `${store}|${recordId}|${at}`, store, recordId, raw, reason, at };
}

/** The id of something read from a store, if it has one. */
export function keyOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const id = (raw as { id: unknown }).id;
  return typeof id === 'string' ? id : null;
}
