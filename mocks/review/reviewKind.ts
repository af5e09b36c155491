// One kind of application customs reviews. A feature that adds a kind writes one of these and
// lists it in reviewKinds.ts; the console and its handlers need nothing else.
import type { Resource } from '@/contract/changes';
import type { ReviewItem, ReviewQueue } from '@/contract/review';
import type { DecisionInput } from '../domain/decision';
import { customsOfficeName } from '@/domain/customsOffices';
import { listAll } from '../store/reads';
import { type WriteTx } from '../store/schema';
import type { RecordStore } from '../stores';

export interface EnterpriseNames {
  get(enterpriseId: string): { id: string; nameCn: string; uscc: string };
  /**
   * 受理海关 of an application that names none (pre-review, personnel, agency): the enterprise's
   * 备案海关, as its approved filing gives it; null before any filing is approved.
   */
  officeOf(enterpriseId: string): string | null;
}

export interface ReviewKind {
  /** Route segment: /api/customs/applications/:kind/:recordId/decision */
  kind: ReviewQueue;
  /** Stores a decision writes (the idempotency store is added by the handler). */
  stores: readonly RecordStore[];
  /** Resources (query-key roots) a decision changes, announced to every tab. */
  resources: readonly Resource[];
  /** Every application of this kind, declared or decided, of every enterprise. */
  list(enterprises: EnterpriseNames): Promise<ReviewItem[]>;
  /**
   * One enterprise's applications, for the acceptance query, when the kind can read them more
   * cheaply than `list` (items without `details`); otherwise `list` is filtered.
   */
  applicationsOf?(enterpriseId: string, enterprises: EnterpriseNames): Promise<ReviewItem[]>;
  /** Decides the declared application of `recordId` in `tx`; throws a Problem when it may not. */
  decide(
    tx: WriteTx,
    recordId: string,
    input: DecisionInput & { version: number },
    enterprises: EnterpriseNames,
  ): Promise<ReviewItem>;
}

/** Every enterprise's name, USCC and 备案海关, for the items of every kind. */
export async function enterpriseNames(): Promise<EnterpriseNames> {
  const [enterprises, filings] = await Promise.all([listAll('enterprises'), listAll('filings')]);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const offices = new Map(
    filings.map((f) => [f.enterpriseId, customsOfficeName(f.approved?.customsOfficeCode ?? '') ?? null]),
  );
  return {
    officeOf: (id) => offices.get(id) ?? null,
    get: (id) => {
      const found = byId.get(id);
      return { id, nameCn: found?.nameCn ?? '（未知企业）', uscc: found?.uscc ?? '' };
    },
  };
}
