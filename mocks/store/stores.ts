// The mock customs service's tables. One IndexedDB object store per kind of record, each record
// written on its own (never one serialized blob), keyed by `id`.
export const recordStores = [
  'accounts',
  'cards',
  'sessions',
  'enterprises',
  'filings',
  'personnel',
  'agencies',
  'preReviews',
  /** Derived from `preReviews` (never seeded; see preReviewStore.ts). */
  'preReviewSummaries',
  'preReviewApplications',
  'verifications',
  'files',
  'idempotency',
  /** Stored records that could not be read, set aside as they were (see store/repair.ts: `readable`). */
  'damaged',
] as const;
export type RecordStore = (typeof recordStores)[number];

/** Stores whose records belong to one enterprise, indexed by `enterpriseId` for tenancy. */
export const enterpriseScopedStores = [
  'filings',
  'personnel',
  'agencies',
  'preReviews',
  'preReviewSummaries',
  'preReviewApplications',
  'verifications',
  'files',
] as const satisfies readonly RecordStore[];
export type EnterpriseScopedStore = (typeof enterpriseScopedStores)[number];

export function isEnterpriseScoped(store: RecordStore): store is EnterpriseScopedStore {
  return (enterpriseScopedStores as readonly RecordStore[]).includes(store);
}

/** Server-side state that a reset of the demo data leaves alone (who is logged in). */
export const storesKeptOnReset: readonly RecordStore[] = ['sessions'];
