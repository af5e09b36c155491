// Data migrations of the mock database. DATA_VERSION is the shape records have now; each entry
// of `migrations` lifts one record of one store from version N to N + 1, keeping everything the
// user entered. A record that still does not parse afterwards is unreadable (see store/repair.ts: `readable`).
import type { RecordStore } from './stores';

export const DATA_VERSION = 10;

type Migration = (store: RecordStore, record: unknown) => unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * v1 → v2: records gained optimistic-concurrency stamps (`version`, `updatedAt`), and filing
 * data named the contact's phone `phone`; it is `contactPhone` now.
 */
const addVersionStamps: Migration = (store, record) => {
  if (!isObject(record)) return record;
  const stamped =
    store === 'accounts' || store === 'cards' || store === 'sessions' || store === 'idempotency'
      ? record
      : {
          ...record,
          version: typeof record.version === 'number' ? record.version : 1,
          ...(store === 'filings' && !('updatedAt' in record) ? { updatedAt: new Date().toISOString() } : {}),
        };
  if (store !== 'filings') return stamped;
  const renamePhone = (application: unknown) => {
    if (!isObject(application) || !isObject(application.data)) return application;
    const { phone, ...data } = application.data;
    return 'phone' in application.data
      ? { ...application, data: { ...data, contactPhone: phone } }
      : application;
  };
  const renameApprovedPhone = (approved: unknown) => {
    if (!isObject(approved) || !('phone' in approved)) return approved;
    const { phone, ...rest } = approved;
    return { ...rest, contactPhone: phone };
  };
  return {
    ...stamped,
    approved: renameApprovedPhone(stamped.approved),
    current: renamePhone(stamped.current),
    history: Array.isArray(stamped.history) ? stamped.history.map(renamePhone) : stamped.history,
  };
};

/** v3 → v4: filings carry documents (营业执照, 对外贸易经营者备案登记表); older ones had none. */
const addFilingAttachments: Migration = (store, record) => {
  if (store !== 'filings' || !isObject(record)) return record;
  const withAttachments = (data: unknown) =>
    isObject(data) && !('attachments' in data)
      ? { ...data, attachments: { businessLicense: null, tradeRegistration: null } }
      : data;
  const withData = (application: unknown) =>
    isObject(application) ? { ...application, data: withAttachments(application.data) } : application;
  return {
    ...record,
    approved: withAttachments(record.approved),
    current: withData(record.current),
    history: Array.isArray(record.history) ? record.history.map(withData) : record.history,
  };
};

/**
 * v6 → v7: pre-reviews keep the last customs-decided data and states (`settled`, for ST1–ST5)
 * instead of only the approved data, and a 申请说明 (`reason`).
 */
const settlePreReviews: Migration = (store, record) => {
  if (store !== 'preReviews' || !isObject(record) || !('approvedData' in record)) return record;
  const { approvedData, ...rest } = record;
  return {
    ...rest,
    reason: '',
    settled: approvedData ? { state: '正常', applicationStatus: '审核通过', data: approvedData } : null,
  };
};

/**
 * v7 → v8: pre-reviews keep every declared application (申请记录) and, once removed, stay as
 * history (`removedAt`). An older record's history is what its stamps tell: its last application.
 */
const addPreReviewHistory: Migration = (store, record) => {
  if (store !== 'preReviews' || !isObject(record) || 'applications' in record) return record;
  const { state, applicationStatus: status, declaredAt } = record;
  const settled = isObject(record.settled) ? record.settled : null;
  const declared = typeof declaredAt === 'string' && status !== '暂存';
  const kind = state === '正常' ? '新增' : state === '注销' && status === '审核不通过' ? '恢复' : state;
  const application = {
    n: 1,
    kind,
    status,
    reason: record.reason ?? '',
    // A change still awaiting customs started from the settled data; a decided one's is lost.
    before: kind === '变更' && status === '申报' ? (settled?.data ?? null) : null,
    after: kind === '新增' || kind === '变更' ? record.data : null,
    declaredAt,
    decidedAt: record.decidedAt ?? null,
    opinion: record.opinion ?? null,
  };
  return { ...record, applications: declared ? [application] : [], removedAt: null };
};

/** v8 → v9: accounts count wrong passwords in a row and may be locked for a while. */
const addLoginAttempts: Migration = (store, record) =>
  store === 'accounts' && isObject(record) && !('failedLogins' in record)
    ? { ...record, failedLogins: 0, lockedUntil: null }
    : record;

/**
 * v9 → v10: every pre-review has a 预审编号 and every enterprise counts the numbers it was given.
 * Numbers run per enterprise in the order records were created, so the store gives them after
 * migrating (store/preReviewNumbering.ts: numberPreReviews); here they are only marked as not yet given.
 */
const addPreReviewNumbers: Migration = (store, record) => {
  if (!isObject(record)) return record;
  if (store === 'preReviews' && !('number' in record)) return { ...record, number: '' };
  if (store === 'enterprises' && !('preReviewsNumbered' in record))
    return { ...record, preReviewsNumbered: 0 };
  return record;
};

export const migrations: ReadonlyMap<number, Migration> = new Map([
  [1, addVersionStamps],
  [3, addFilingAttachments],
  [6, settlePreReviews],
  [7, addPreReviewHistory],
  [8, addLoginAttempts],
  [9, addPreReviewNumbers],
]);

/**
 * Stores a version introduced, filled from the seed when data of an older version is migrated.
 * v2 → v3: card media (卡介质) for card login. v3 → v4: the seeded filings' documents.
 * v4 → v5: authorised personnel (授权人员) and their documents. v5 → v6: proxy-entry authorisations.
 * v7 → v8: the standard scenario's pre-reviews with their histories, and verification records
 * (核查记录单) with their documents.
 */
export const storesFilledFromSeed: Readonly<Record<number, RecordStore[]>> = {
  7: ['preReviews', 'verifications', 'files'],
  2: ['cards'],
  3: ['files'],
  4: ['personnel', 'files'],
  5: ['agencies', 'files'],
};

export function migrateRecord(store: RecordStore, record: unknown, fromVersion: number): unknown {
  let current = record;
  for (let version = fromVersion; version < DATA_VERSION; version += 1) {
    const step = migrations.get(version);
    if (step) current = step(store, current);
  }
  return current;
}
