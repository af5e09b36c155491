import { SELF, type Actor } from '@/domain/capabilities';
import type { Session } from '@/contract/auth';

/** Who acts in this session, for the gate: the enterprise itself, or an agency within its scope. */
export function actorOf(session: Session): Actor {
  return session.actingFor ? { kind: 'agency', scope: session.actingFor.scope } : SELF;
}

/** The enterprise the session works for now. */
export function currentEnterprise(session: Session) {
  return session.actingFor?.enterprise ?? session.enterprise;
}
