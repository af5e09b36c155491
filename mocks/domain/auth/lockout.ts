// Login attempts and their locks (F0): a password and a card's PIN are checked and the attempt
// recorded in one transaction, so that guesses sent at once cannot slip past the count.
import { MAX_PASSWORD_ATTEMPTS, MAX_PIN_ATTEMPTS, PASSWORD_LOCK_MINUTES } from '@/contract/auth';
import type { AccountRecord, SessionRecord } from '../../store/records';
import { readIn } from '../../store/reads';
import { transact } from '../../store/transactions';
import { newSession } from './sessionRecords';

export type PasswordOutcome =
  | { kind: 'ok'; account: AccountRecord; session: SessionRecord }
  | { kind: 'wrong' }
  | { kind: 'locked'; until: string };

/**
 * Checks the password and records the attempt: 5 wrong in a row lock the account for 15 minutes;
 * a success resets the count and opens the session (in the same transaction: one commit per
 * login). An unknown username is answered exactly like a wrong password.
 */
export async function checkPassword(username: string, passwordSha256: string): Promise<PasswordOutcome> {
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

export type PinOutcome =
  | { kind: 'ok'; username: string }
  | { kind: 'wrong'; remaining: number }
  | { kind: 'locked' }
  | { kind: 'unknownCard' };

/** Checks the PIN and records the attempt (a wrong PIN counts even though it fails). */
export async function checkPin(cardId: string, pinSha256: string): Promise<PinOutcome> {
  return transact(['cards'], [], async (tx) => {
    const card = await readIn(tx, 'cards', cardId);
    if (!card) return { kind: 'unknownCard' };
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
