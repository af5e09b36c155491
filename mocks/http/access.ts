// Who may ask: each route admits its caller as its endpoint's `access` and `gate` say (before
// the request is read), the gate (FR2–FR4, an agency's scope) before a function's data is touched;
// and reading one of the enterprise's own records — and documents — for a write.
import type { Endpoint } from '@/contract/endpoint';
import { checkAnyCapability } from '@/domain/capabilities';
import { type Capability } from '@/values/capabilities';
import type { FileRef } from '@/values/files';
import { filingStanding } from '../domain/filing/filingWrites';
import { readIn } from '../store/reads';
import type { OwnedStore, StoredRecord, WriteTx } from '../store/schema';
import { findFiling } from '../domain/filing/filingRecord';
import type { FileRecord } from '../store/records';
import { Problem, problems } from './problems';
import { requireCustoms, requireEnterprise, requireSession, type Principal } from './sessions';
import { checkVersion } from './versions';

/** An enterprise's session (or an agency's, acting for one): the enterprise it acts for. */
export type EnterprisePrincipal = Principal & { enterpriseId: string };

/** Who an endpoint of `access` is answered for: nobody (public), any account, an enterprise. */
export type PrincipalFor<A extends Endpoint['access']> = A extends 'public'
  ? undefined
  : A extends 'enterprise'
    ? EnterprisePrincipal
    : Principal;

/**
 * The caller, admitted as `spec` says (its `access` and `gate` in the contract), before anything
 * of the request is read: no session 401; another role, a closed gate or an agency outside its
 * scope 403. An enterprise endpoint without a gate checks the function itself, once it has read
 * which one the request is for (an upload's purpose, the application a withdrawal ends).
 */
export async function admit<E extends Endpoint>(
  spec: E,
  request: Request,
): Promise<PrincipalFor<E['access']>> {
  // Each case answers what PrincipalFor says of its access; TypeScript cannot narrow E by it.
  type Admitted = PrincipalFor<E['access']>;
  switch (spec.access) {
    case 'public':
      return undefined as Admitted;
    case 'session':
      return (await requireSession(request, { fallBack: spec.fallsBack === true })) as Admitted;
    case 'enterprise': {
      const principal = await requireEnterprise(request);
      if (spec.gate) await openGate(principal, spec.gate);
      return principal as Admitted;
    }
    case 'customs':
      return (await requireCustoms(request)) as Admitted;
  }
}

/**
 * Refused (403) unless the gate lets the enterprise (or its agency) use at least one of
 * `capabilities`: for what serves several functions, such as the filing's documents (the filing
 * and its change). Refused with the first function's reason.
 */
export async function openGate(
  principal: EnterprisePrincipal,
  capabilities: readonly Capability[],
): Promise<void> {
  const standing = filingStanding(await findFiling(principal.enterpriseId));
  const permission = checkAnyCapability(standing, capabilities, principal.actor);
  if (!permission.ok) throw problems.forbidden(permission.reason);
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
