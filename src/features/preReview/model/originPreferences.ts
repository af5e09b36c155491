// What the exporter chose in the 原产地标准预判 panel, kept on this computer: the agreements of
// their destinations (one choice per user, for every sheet), and the build-up formula's costs
// they typed for a sheet (kept with that sheet's work in progress, so a reload loses nothing).
import { z } from 'zod';
import { agreementIds, defaultAgreementIds, type AgreementId } from '@/domain/origin/agreements';
import type { BuildUpCosts } from '@/domain/origin/evaluate';
import { safeStorage } from '@/lib/storage';
import { preReviewWorkInProgressKey } from './workInProgressKey';

const agreementsKey = (username: string) => `${username}:origin-advice:agreements`;
const costsKey = (username: string, id: string | null) =>
  `${preReviewWorkInProgressKey(username, id)}:build-up`;

const agreementsSchema = z.array(z.enum(agreementIds as [AgreementId, ...AgreementId[]]));
const cost = z.string().max(30);
const costsSchema = z.object({ labour: cost, overhead: cost, profit: cost, other: cost });
export const noCosts: BuildUpCosts = { labour: '', overhead: '', profit: '', other: '' };

function read<T>(key: string, schema: z.ZodType<T>): T | null {
  const text = safeStorage.get(key);
  if (text === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // damaged: the defaults stand
  }
}

export function readAgreementChoice(username: string): AgreementId[] {
  return read(agreementsKey(username), agreementsSchema) ?? [...defaultAgreementIds];
}
export function keepAgreementChoice(username: string, ids: readonly AgreementId[]): void {
  safeStorage.set(agreementsKey(username), JSON.stringify(ids));
}

/** A saved sheet's costs; a sheet first saved since they were typed takes those of the new sheet. */
export function readBuildUpCosts(username: string, id: string | null): BuildUpCosts {
  return (
    read(costsKey(username, id), costsSchema) ??
    (id ? read(costsKey(username, null), costsSchema) : null) ??
    noCosts
  );
}
export function keepBuildUpCosts(username: string, id: string | null, costs: BuildUpCosts): void {
  const empty = Object.values(costs).every((c) => c === '');
  if (empty) safeStorage.remove(costsKey(username, id));
  else safeStorage.set(costsKey(username, id), JSON.stringify(costs));
  if (id) safeStorage.remove(costsKey(username, null));
}
