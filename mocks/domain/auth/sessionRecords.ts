// A session as the service stores it: opened for an account, valid for SESSION_MINUTES from its
// opening or its last extension.
import { SESSION_MINUTES } from '@/contract/auth';
import type { AccountRecord, SessionRecord } from '../../store/records';

/** When a session opened or extended at `now` expires. */
export function expiresFrom(now: Date): string {
  return new Date(now.getTime() + SESSION_MINUTES * 60_000).toISOString();
}

/** A new session of the account, from now. */
export function newSession(account: AccountRecord): SessionRecord {
  const now = new Date();
  return {
    id: crypto.randomUUID(),
    username: account.id,
    createdAt: now.toISOString(),
    expiresAt: expiresFrom(now),
  };
}
