// Who asks: the session behind a bearer token, an agency acting for an enterprise within the
// authorisation it holds now, the enterprise's and the customs officer's sessions, and the gate.
import type { AgencyRecord } from '@/contract/agency';
import type { Role, Session } from '@/contract/auth';
import { checkCapability, SELF, type Actor, type EnterpriseStanding } from '@/domain/capabilities';
import { isAuthorisationInForce } from '@/domain/filing/agencyRules';
import type { Capability } from '@/values/capabilities';
import { newSession } from '../domain/auth/sessionRecords';
import type { AccountRecord } from '../store/records';
import { getRecord, listByEnterprise } from '../store/reads';
import { transact } from '../store/transactions';
import { problems } from './problems';

export interface Principal {
  username: string;
  displayName: string;
  role: Role;
  /** The enterprise the request acts for: the account's own, or the one an agency acts for. */
  enterpriseId: string | null;
  /** The account's own enterprise. */
  ownEnterpriseId: string | null;
  /** An agency acting for another enterprise is held to the scope it was granted. */
  actor: Actor;
  token: string;
}

/** An account acting for its own enterprise, under a session token. */
export function principalOf(account: AccountRecord, token: string): Principal {
  return {
    username: account.id,
    displayName: account.displayName,
    role: account.role,
    enterpriseId: account.enterpriseId,
    ownEnterpriseId: account.enterpriseId,
    actor: SELF,
    token,
  };
}

/**
 * The signed-in principal. An agency acting for an enterprise whose authorisation has lapsed
 * (revoked, or out of its period) is refused, unless `fallBack` asks for the agency's own
 * principal instead (what the session endpoints do, so the app learns it and switches back).
 */
/** The session token an `Authorization: Bearer …` header carries, if any. */
export function bearerToken(request: Request): string | undefined {
  return /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
}

export async function requireSession(
  request: Request,
  options: { fallBack?: boolean } = {},
): Promise<Principal> {
  const token = bearerToken(request);
  if (!token) throw problems.unauthenticated();
  const session = await getRecord('sessions', token);
  // Written so that an expiry that is missing or unreadable (NaN) counts as expired.
  if (!session || !(Date.parse(session.expiresAt) > Date.now())) throw problems.unauthenticated();
  const account = await getRecord('accounts', session.username);
  if (!account) throw problems.unauthenticated();
  const own = principalOf(account, token);
  if (account.role !== 'agency' || !session.actingFor || !account.enterpriseId) return own;
  // Checked on every request, so that a revocation takes effect at once.
  const authorisation = await authorisationInForce(account.enterpriseId, session.actingFor);
  if (!authorisation) {
    if (options.fallBack) {
      await transact(['sessions'], ['session'], async (tx) => {
        await tx.objectStore('sessions').put({ ...session, actingFor: null });
      });
      return own;
    }
    throw problems.forbidden('委托企业的代录入授权已撤销或不在授权期限内，请重新选择代理企业。');
  }
  return {
    ...own,
    enterpriseId: session.actingFor,
    actor: { kind: 'agency', scope: authorisation.data.scope },
  };
}

/** The authorisation `enterpriseId` gave the agency enterprise, when it is in force now. */
export async function authorisationInForce(
  agencyEnterpriseId: string,
  enterpriseId: string,
): Promise<AgencyRecord | null> {
  const agency = await getRecord('enterprises', agencyEnterpriseId);
  if (!agency) return null;
  const granted = await listByEnterprise('agencies', enterpriseId);
  return (
    granted.find(
      (record) => record.data.uscc === agency.uscc && isAuthorisationInForce(record, new Date()),
    ) ?? null
  );
}

/** An enterprise session's own enterprise; customs sessions are refused. */
export async function requireEnterprise(request: Request): Promise<Principal & { enterpriseId: string }> {
  const principal = await requireSession(request);
  if (principal.role === 'customs' || principal.enterpriseId === null) {
    throw problems.forbidden('海关审核账号不能办理企业业务，请使用企业账号登录。');
  }
  return { ...principal, enterpriseId: principal.enterpriseId };
}

/** The gate (FR2–FR4, and an agency's scope) on the service side: the same reason the UI shows. */
export function requireCapability(
  standing: EnterpriseStanding,
  capability: Capability,
  actor: Actor = SELF,
): void {
  const permission = checkCapability(standing, capability, actor);
  if (!permission.ok) throw problems.forbidden(permission.reason);
}

/** The customs officer's session; enterprise and agency sessions are refused. */
export async function requireCustoms(request: Request): Promise<Principal> {
  const principal = await requireSession(request);
  if (principal.role !== 'customs') throw problems.forbidden('仅海关审核人员可以使用海关模拟审核台。');
  return principal;
}

async function enterpriseSummary(id: string | null) {
  const enterprise = id ? await getRecord('enterprises', id) : undefined;
  return enterprise ? { id: enterprise.id, nameCn: enterprise.nameCn, uscc: enterprise.uscc } : null;
}

/** The session as the app is told of it: who, for which enterprise, acting for which, until when. */
export async function sessionOf(principal: Principal, expiresAt: string): Promise<Session> {
  const acting =
    principal.actor.kind === 'agency' && principal.ownEnterpriseId && principal.enterpriseId
      ? await authorisationInForce(principal.ownEnterpriseId, principal.enterpriseId)
      : null;
  const actingEnterprise = acting ? await enterpriseSummary(principal.enterpriseId) : null;
  return {
    token: principal.token,
    expiresAt,
    user: { username: principal.username, displayName: principal.displayName, role: principal.role },
    enterprise: await enterpriseSummary(principal.ownEnterpriseId),
    actingFor:
      acting && actingEnterprise
        ? { enterprise: actingEnterprise, scope: acting.data.scope, validTo: acting.data.validTo }
        : null,
  };
}

/** Opens a session for the account and says it. */
export async function openSession(account: AccountRecord): Promise<Session> {
  const session = newSession(account);
  await transact(['sessions'], [], async (tx) => {
    await tx.objectStore('sessions').put(session);
  });
  return sessionOf(principalOf(account, session.id), session.expiresAt);
}

/** Ends the session the request carries, if it carries one. */
export async function endSession(request: Request): Promise<void> {
  const token = bearerToken(request);
  if (!token) return;
  await transact(['sessions'], [], async (tx) => {
    await tx.objectStore('sessions').delete(token);
  });
}
