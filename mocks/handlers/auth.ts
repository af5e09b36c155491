// Login (account, or card medium and PIN) and sessions (F0). Every other handler checks the
// session through http/sessions.ts.
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { beijingDateTime } from '@/values/beijingDate';
import {
  cardLoginSchema,
  MAX_PASSWORD_ATTEMPTS,
  MAX_PIN_ATTEMPTS,
  PASSWORD_LOCK_MINUTES,
  passwordLoginSchema,
  SESSION_MINUTES,
  type Session,
} from '@/contract/auth';
import { getRecord, readIn } from '../store/reads';
import { transact } from '../store/transactions';
import { Problem } from '../http/problems';
import { customsApi } from '../http/routing';
import {
  authorisationInForce,
  bearerToken,
  requireSession,
  principalOf,
  type Principal,
} from '../http/sessions';
import { parseBody } from '../http/validation';
import type { AccountRecord, SessionRecord } from '../records';
import { sha256Hex } from '../scenarios';

function expiresFrom(now: Date): string {
  return new Date(now.getTime() + SESSION_MINUTES * 60_000).toISOString();
}

async function enterpriseSummary(id: string | null) {
  const enterprise = id ? await getRecord('enterprises', id) : undefined;
  return enterprise ? { id: enterprise.id, nameCn: enterprise.nameCn, uscc: enterprise.uscc } : null;
}

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

function newSession(account: AccountRecord): SessionRecord {
  const now = new Date();
  return {
    id: crypto.randomUUID(),
    username: account.id,
    createdAt: now.toISOString(),
    expiresAt: expiresFrom(now),
  };
}

async function sessionAnswer(account: AccountRecord, session: SessionRecord): Promise<Response> {
  return HttpResponse.json({ session: await sessionOf(principalOf(account, session.id), session.expiresAt) });
}

/** Opens a session for the account and answers with it. */
export async function startSession(account: AccountRecord): Promise<Response> {
  const session = newSession(account);
  await transact(['sessions'], [], async (tx) => {
    await tx.objectStore('sessions').put(session);
  });
  return sessionAnswer(account, session);
}

/** Ends the session the request carries, if it carries one. */
export async function endSession(request: Request): Promise<void> {
  const token = bearerToken(request);
  if (!token) return;
  await transact(['sessions'], [], async (tx) => {
    await tx.objectStore('sessions').delete(token);
  });
}

// The same words whether or not the username exists (no count of attempts left, which would
// tell a guesser which usernames are real).
const wrongCredentials = () =>
  new Problem(
    401,
    'UNAUTHENTICATED',
    `用户名或密码不正确，请重新输入。连续输错${MAX_PASSWORD_ATTEMPTS}次，账号将锁定${PASSWORD_LOCK_MINUTES}分钟。`,
    [{ path: 'password', message: '用户名或密码不正确' }],
  );

const accountLocked = (until: string) =>
  new Problem(
    423,
    'ACCOUNT_LOCKED',
    `密码已连续输错${MAX_PASSWORD_ATTEMPTS}次，账号已锁定，请于 ${beijingDateTime(until)}（北京时间）后再试。演示环境：在“演示数据管理”中重置演示数据可立即解锁。`,
  );

type PasswordOutcome =
  | { kind: 'ok'; account: AccountRecord; session: SessionRecord }
  | { kind: 'wrong' }
  | { kind: 'locked'; until: string };

/**
 * Checks the password and records the attempt in one transaction, so that guesses sent at once
 * cannot slip past the count: 5 wrong in a row lock the account for 15 minutes; a success resets
 * the count and opens the session.
 * An unknown username is answered exactly like a wrong password.
 */
async function checkPassword(username: string, passwordSha256: string): Promise<PasswordOutcome> {
  // The session is opened in the same transaction: one commit per login, as before the count.
  return transact(['accounts', 'sessions'], [], async (tx) => {
    const account = await readIn(tx, 'accounts', username);
    if (!account) return { kind: 'wrong' };
    const now = Date.now();
    if (account.lockedUntil && Date.parse(account.lockedUntil) > now)
      return { kind: 'locked', until: account.lockedUntil };
    // A lock that has run out starts the count afresh.
    const before = account.lockedUntil ? 0 : account.failedLogins;
    if (account.passwordSha256 === passwordSha256) {
      const reset = { ...account, failedLogins: 0, lockedUntil: null };
      if (account.failedLogins !== 0 || account.lockedUntil) await tx.objectStore('accounts').put(reset);
      const session = newSession(reset);
      await tx.objectStore('sessions').put(session);
      return { kind: 'ok', account: reset, session };
    }
    const failedLogins = before + 1;
    const lockedUntil =
      failedLogins >= MAX_PASSWORD_ATTEMPTS
        ? new Date(now + PASSWORD_LOCK_MINUTES * 60_000).toISOString()
        : null;
    await tx.objectStore('accounts').put({ ...account, failedLogins, lockedUntil });
    return lockedUntil ? { kind: 'locked', until: lockedUntil } : { kind: 'wrong' };
  });
}

const cardLocked = () =>
  new Problem(
    423,
    'CARD_LOCKED',
    `PIN码已连续输错${MAX_PIN_ATTEMPTS}次，卡介质已锁定。请联系数据分中心解锁（演示环境：在“演示数据管理”中重置演示数据）。`,
  );

type PinOutcome =
  { kind: 'ok'; username: string } | { kind: 'wrong'; remaining: number } | { kind: 'locked' };

/** Checks the PIN and records the attempt in one transaction (a wrong PIN counts even though it fails). */
async function checkPin(cardId: string, pinSha256: string): Promise<PinOutcome> {
  return transact(['cards'], [], async (tx) => {
    const card = await readIn(tx, 'cards', cardId);
    if (!card)
      throw new Problem(422, 'VALIDATION', '无法识别该卡介质。', [
        { path: 'cardId', message: '无法识别该卡介质' },
      ]);
    if (card.lockedAt) return { kind: 'locked' };
    if (card.pinSha256 === pinSha256) {
      await tx.objectStore('cards').put({ ...card, failedAttempts: 0 });
      return { kind: 'ok', username: card.username };
    }
    const failedAttempts = card.failedAttempts + 1;
    const locked = failedAttempts >= MAX_PIN_ATTEMPTS;
    await tx
      .objectStore('cards')
      .put({ ...card, failedAttempts, lockedAt: locked ? new Date().toISOString() : null });
    return locked ? { kind: 'locked' } : { kind: 'wrong', remaining: MAX_PIN_ATTEMPTS - failedAttempts };
  });
}

export const authHandlers = [
  customsApi.on(endpoints.login, async ({ request }) => {
    const body = await parseBody(request, passwordLoginSchema, { username: '用户名', password: '密码' });
    const outcome = await checkPassword(body.username, await sha256Hex(body.password));
    if (outcome.kind === 'locked') throw accountLocked(outcome.until);
    if (outcome.kind === 'wrong') throw wrongCredentials();
    return sessionAnswer(outcome.account, outcome.session);
  }),
  customsApi.on(endpoints.cardLogin, async ({ request }) => {
    const body = await parseBody(request, cardLoginSchema, { cardId: '卡介质', pin: 'PIN码' });
    const outcome = await checkPin(body.cardId, await sha256Hex(body.pin));
    if (outcome.kind === 'locked') throw cardLocked();
    if (outcome.kind === 'wrong') {
      throw new Problem(401, 'UNAUTHENTICATED', `PIN码错误，还可尝试 ${outcome.remaining} 次。`, [
        { path: 'pin', message: `PIN码错误，还可尝试 ${outcome.remaining} 次` },
      ]);
    }
    const account = await getRecord('accounts', outcome.username);
    if (!account)
      throw new Problem(422, 'VALIDATION', '该卡介质未绑定账号。', [
        { path: 'cardId', message: '该卡介质未绑定账号' },
      ]);
    return startSession(account);
  }),
  customsApi.on(endpoints.session, async ({ request }) => {
    const principal = await requireSession(request, { fallBack: true });
    const record = await getRecord('sessions', principal.token);
    return HttpResponse.json({
      session: await sessionOf(principal, record?.expiresAt ?? new Date().toISOString()),
    });
  }),
  customsApi.on(endpoints.extendSession, async ({ request }) => {
    const principal = await requireSession(request, { fallBack: true });
    const expiresAt = expiresFrom(new Date());
    await transact(['sessions'], [], async (tx) => {
      const record = await readIn(tx, 'sessions', principal.token);
      if (record) await tx.objectStore('sessions').put({ ...record, expiresAt });
    });
    return HttpResponse.json({ session: await sessionOf(principal, expiresAt) });
  }),
  customsApi.on(endpoints.logout, async ({ request }) => {
    await requireSession(request, { fallBack: true });
    await endSession(request);
    return HttpResponse.json({ ok: true });
  }),
];
