import { useOutletContext } from 'react-router';
import type { Session } from '@/contract/auth';

/** The signed-in session, for pages inside the shell (the shell only renders with one). */
export function useShellSession(): Session {
  return useOutletContext<Session>();
}
