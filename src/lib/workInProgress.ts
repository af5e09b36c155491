// Work in progress: what a user typed, pasted or imported into a form and has not yet had
// accepted by the service, kept in local storage under a key that names the user and the form,
// so a reload, a crash or an expired session loses nothing.
//
// Its one promise the other way: a successful submit ends it. `endWorkInProgress` removes the
// stored entry and leaves a marker of what was submitted, so that the same values written again
// afterwards — by a save timer or page-hide that fires late, by a tab that unmounts while its
// request is still answered, or by another tab showing the same form — are not kept as "unsaved"
// and never come back as a restored form inviting a second declaration.
import { safeStorage } from './storage';

const PREFIX = 'origin-portal:wip:';
const SUBMITTED_PREFIX = 'origin-portal:wip-submitted:';
/** A submitted marker only has to outlive the tabs and timers of that submit. */
const SUBMITTED_TTL_MS = 24 * 3_600_000;

export interface WorkInProgress {
  savedAt: string;
  /** The server version the user started from; a save then sends it to detect conflicts. */
  baseVersion: number;
  values: unknown;
}

interface SubmittedMarker {
  at: string;
  fingerprint: string;
}

/** JSON with object keys sorted, so that equal values give equal text whatever their key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** cyrb53: a fast 53-bit string hash; collisions between two states of one form are negligible. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function fingerprintOf(values: unknown): string {
  return hash(stableStringify(values));
}

function readJson<T>(key: string): T | null {
  const raw = safeStorage.get(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    safeStorage.remove(key);
    return null;
  }
}

function isWorkInProgress(value: unknown): value is WorkInProgress {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as WorkInProgress).savedAt === 'string' &&
    typeof (value as WorkInProgress).baseVersion === 'number' &&
    'values' in value
  );
}

function submittedMarker(key: string): SubmittedMarker | null {
  const marker = readJson<SubmittedMarker>(SUBMITTED_PREFIX + key);
  if (!marker || typeof marker.at !== 'string' || typeof marker.fingerprint !== 'string') return null;
  if (Date.now() - Date.parse(marker.at) > SUBMITTED_TTL_MS) {
    safeStorage.remove(SUBMITTED_PREFIX + key);
    return null;
  }
  return marker;
}

/** Whether `values` are exactly what was last submitted successfully under `key`. */
function wasSubmitted(key: string, values: unknown): boolean {
  return submittedMarker(key)?.fingerprint === fingerprintOf(values);
}

/** The stored work in progress, unless there is none, it is unreadable, or it was submitted. */
export function readWorkInProgress(key: string): WorkInProgress | null {
  const entry = readJson<unknown>(PREFIX + key);
  if (entry === null) return null;
  if (!isWorkInProgress(entry) || wasSubmitted(key, entry.values)) {
    safeStorage.remove(PREFIX + key);
    return null;
  }
  return entry;
}

/**
 * Keeps `values` as the work in progress, unless they are what was just submitted (then the
 * submit has them; keeping them would bring them back as unsaved) or already stored as they are.
 * Returns when the stored work was kept, or null when nothing is kept.
 */
export function writeWorkInProgress(key: string, values: unknown, baseVersion: number): string | null {
  if (wasSubmitted(key, values)) {
    safeStorage.remove(PREFIX + key);
    return null;
  }
  const stored = readJson<unknown>(PREFIX + key);
  if (
    isWorkInProgress(stored) &&
    stored.baseVersion === baseVersion &&
    stableStringify(stored.values) === stableStringify(values)
  )
    return stored.savedAt; // unchanged: keep its time, which the restore notice shows
  const entry: WorkInProgress = { savedAt: new Date().toISOString(), baseVersion, values };
  safeStorage.set(PREFIX + key, JSON.stringify(entry));
  return entry.savedAt;
}

/** Nothing is unsaved any more (the form is back to what the server has): forget the entry. */
export function discardWorkInProgress(key: string): void {
  safeStorage.remove(PREFIX + key);
}

/** A successful submit of `values`: the work in progress ends, here and in every tab. */
export function endWorkInProgress(key: string, values: unknown): void {
  safeStorage.remove(PREFIX + key);
  const marker: SubmittedMarker = { at: new Date().toISOString(), fingerprint: fingerprintOf(values) };
  safeStorage.set(SUBMITTED_PREFIX + key, JSON.stringify(marker));
}

/**
 * When the stored work in progress under `key` was kept, if there is any: for pages that act on
 * a record without its form (a list's 申报) and must say that the form holds unsaved changes.
 */
export function workInProgressSavedAt(key: string): string | null {
  return readWorkInProgress(key)?.savedAt ?? null;
}
