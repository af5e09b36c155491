// What the enterprise-side handlers share: the gate (FR2–FR4, an agency's scope) before a
// function's data is touched, and reading one of the enterprise's own records for a write.
import type { Capability } from '@/domain/capabilities';
import { filingStanding } from '@/features/filing/model/filingRules';
import type { WriteTx } from './db';
import { findFiling } from './handlers/filing';
import { checkVersion, problems, requireCapability, requireEnterprise, type Principal } from './http';
import type { RecordStore } from './stores';

/** The signed-in enterprise (or the agency acting for it), when the gate lets it use `capability`. */
export async function requireAccess(
  request: Request,
  capability: Capability,
): Promise<Principal & { enterpriseId: string }> {
  const principal = await requireEnterprise(request);
  requireCapability(filingStanding(await findFiling(principal.enterpriseId)), capability, principal.actor);
  return principal;
}

/**
 * One of the enterprise's own records, at the version the client edited, inside `tx`. Another
 * enterprise's record is "not found", exactly like one that does not exist.
 */
export async function ownRecord<T extends { enterpriseId: string; version: number }>(
  tx: WriteTx,
  store: RecordStore,
  enterpriseId: string,
  id: string,
  version: number,
  notFoundMessage: string,
): Promise<T> {
  const record = (await tx.objectStore(store).get(id)) as T | undefined;
  if (!record || record.enterpriseId !== enterpriseId) throw problems.notFound(notFoundMessage);
  await checkVersion<T>(tx, store, id, version);
  return record;
}
