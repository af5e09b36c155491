// The session token is shared by the tabs of one browser, like a session cookie would be.
import { safeStorage } from './storage';

const TOKEN_KEY = 'origin-portal:session-token';

export function getSessionToken(): string | null {
  return safeStorage.get(TOKEN_KEY);
}

export function setSessionToken(token: string | null): void {
  if (token === null) safeStorage.remove(TOKEN_KEY);
  else safeStorage.set(TOKEN_KEY, token);
}
