// What the enterprise-side handlers share: the gate (FR2–FR4, an agency's scope) before a
// function's data is touched, and reading one of the enterprise's own records — and documents —
// for a write.
import { checkAnyCapability } from '@/domain/capabilities';
import { type Capability } from '@/values/capabilities';
import type { FileRef } from '@/values/files';
import { filingStanding } from '../domain/filing/filingWrites';
import { readIn } from '../store/reads';
import type { OwnedStore, StoredRecord, WriteTx } from '../store/schema';
import { findFiling } from '../domain/filing/filingRecord';
import type { FileRecord } from '../store/records';
import { Problem, problems } from './problems';
import { requireEnterprise, type Principal } from './sessions';
import { checkVersion } from './versions';

/** An endpoint of the contract whose functions the gate checks (`gate` in src/contract/endpoints.ts). */
export type GatedEndpoint = { readonly gate: readonly Capability[] };

/**
 * The signed-in enterprise (or the agency acting for it), when the gate opens one of the functions
 * the endpoint serves (its `gate` in the contract): checked before anything else is read.
 */
export async function requireGate(
  request: Request,
  spec: GatedEndpoint,
): Promise<Principal & { enterpriseId: string }> {
  return requireAnyAccess(request, spec.gate);
}

/**
 * The signed-in enterprise (or its agency), when the gate lets it use at least one of
 * `capabilities`: for what serves several functions, such as the filing's documents (the filing
 * and its change). Refused with the first function's reason.
 */
export async function requireAnyAccess(
  request: Request,
  capabilities: readonly Capability[],
): Promise<Principal & { enterpriseId: string }> {
  const principal = await requireEnterprise(request);
  const standing = filingStanding(await findFiling(principal.enterpriseId));
  const permission = checkAnyCapability(standing, capabilities, principal.actor);
  if (!permission.ok) throw problems.forbidden(permission.reason);
  return principal;
}

/**
 * One of the enterprise's own records, at the version the client edited, inside `tx`. Another
 * enterprise's record is "not found", exactly like one that does not exist.
 */
export async function ownRecord<S extends OwnedStore>(
  tx: WriteTx,
  store: S,
  enterpriseId: string,
  id: string,
  version: number,
  notFoundMessage: string,
): Promise<StoredRecord<S>> {
  const record = await readIn(tx, store, id);
  if (record === undefined || record.enterpriseId !== enterpriseId) throw problems.notFound(notFoundMessage);
  await checkVersion(tx, store, id, version);
  return record;
}

export function fileRefOf(record: FileRecord): FileRef {
  return { id: record.id, name: record.name, size: record.size, type: record.type };
}

/**
 * The documents a record refers to, as stored: each must be this enterprise's own upload of the
 * right purpose (a crafted id of another enterprise's file is refused, on the field's path).
 * Names, sizes and types come from the store, not from the request.
 */
export async function ownDocuments<Key extends string>(
  tx: WriteTx,
  enterpriseId: string,
  purpose: string,
  documents: Record<Key, FileRef | null>,
  kinds: readonly { key: Key; label: string }[],
  pathPrefix: string,
): Promise<Record<Key, FileRef | null>> {
  const resolved = { ...documents };
  for (const { key, label } of kinds) {
    const ref = documents[key];
    if (!ref) continue;
    const stored = await readIn(tx, 'files', ref.id);
    if (!stored || stored.enterpriseId !== enterpriseId || stored.purpose !== purpose) {
      const message = `${label}文件不存在或不属于本企业，请重新上传。`;
      throw new Problem(422, 'VALIDATION', message, [{ path: `${pathPrefix}${key}`, message }]);
    }
    resolved[key] = fileRefOf(stored);
  }
  return resolved;
}
