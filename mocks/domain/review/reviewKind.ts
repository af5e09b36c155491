// One kind of application customs reviews. A feature that adds a kind writes one of these and
// lists it in reviewKinds.ts; the console and its handlers need nothing else.
import type { Resource } from '@/contract/changes';
import type { ReviewItem, ReviewQueue } from '@/contract/review';
import { customsOfficeName } from '@/values/customsOffices';
import type { DecisionInput } from '../decision';
import { listAll } from '../../store/reads';
import { readCache } from '../../store/readCache';
import { type WriteTx } from '../../store/schema';
import type { RecordStore } from '../../store/stores';
import type { ReviewEntry } from './entries';

export type { ReviewEntry } from './entries';

export interface EnterpriseNames {
  get(enterpriseId: string): { id: string; nameCn: string; uscc: string };
  /**
   * 受理海关 of an application that names none (pre-review, personnel, agency): the enterprise's
   * 备案海关, as its approved filing gives it; null before any filing is approved.
   */
  officeOf(enterpriseId: string): string | null;
  /**
   * Whether an enterprise passes the console's 企业名称 and 统一社会信用代码 filters (each a part
   * of it; the USCC in either case); null when neither is asked.
   */
  matching(query: {
    enterprise?: string | undefined;
    uscc?: string | undefined;
  }): ((enterpriseId: string) => boolean) | null;
}

export interface ReviewKind {
  /** Route segment: /api/customs/applications/:kind/:recordId/decision */
  kind: ReviewQueue;
  /** Stores a decision writes (the idempotency store is added by the handler). */
  stores: readonly RecordStore[];
  /** Resources (query-key roots) a decision changes, announced to every tab. */
  resources: readonly Resource[];
  /** Every application of this kind, declared or decided, of every enterprise, as entries. */
  entries(): Promise<ReviewEntry[]>;
  /** Every application of these records, in full (missing records left out). */
  items(recordIds: readonly string[], enterprises: EnterpriseNames): Promise<ReviewItem[]>;
  /** Decides the declared application of `recordId` in `tx`; throws a Problem when it may not. */
  decide(
    tx: WriteTx,
    recordId: string,
    input: DecisionInput & { version: number },
    enterprises: EnterpriseNames,
  ): Promise<ReviewItem>;
}

/**
 * Every enterprise's name, USCC and 备案海关, for the items of every kind. Kept with the read
 * cache until anything is written: a customs office has a thousand enterprises, and the console
 * reads them for every page.
 */
export function enterpriseNames(): Promise<EnterpriseNames> {
  const cached = readCache.get(NAMES_KEY) as Promise<EnterpriseNames> | undefined;
  if (cached) return cached;
  const read = readEnterpriseNames();
  readCache.set(NAMES_KEY, read as Promise<never>);
  read.catch(() => readCache.delete(NAMES_KEY));
  return read;
}

const NAMES_KEY = 'enterpriseNames';

async function readEnterpriseNames(): Promise<EnterpriseNames> {
  const [enterprises, filings] = await Promise.all([listAll('enterprises'), listAll('filings')]);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const offices = new Map(
    filings.map((f) => [f.enterpriseId, customsOfficeName(f.approved?.customsOfficeCode ?? '') ?? null]),
  );
  const get = (id: string) => {
    const found = byId.get(id);
    return { id, nameCn: found?.nameCn ?? '（未知企业）', uscc: found?.uscc ?? '' };
  };
  return {
    officeOf: (id) => offices.get(id) ?? null,
    get,
    matching({ enterprise, uscc }) {
      if (!enterprise && !uscc) return null;
      const upper = uscc?.toUpperCase();
      const passes = new Map<string, boolean>();
      return (id) => {
        let pass = passes.get(id);
        if (pass === undefined) {
          const names = get(id);
          pass = (!enterprise || names.nameCn.includes(enterprise)) && (!upper || names.uscc.includes(upper));
          passes.set(id, pass);
        }
        return pass;
      };
    },
  };
}
