// Where 切换角色 lands: the page the chosen account would use for what was on screen. An
// exporter's declared pre-review becomes its review in the console, and that review becomes the
// exporter's pre-review again; without a record on screen, customs sees the enterprise's queue
// and an enterprise its home page.
import type { Role, Session } from '@/contract/auth';
import { reviewKeyParam } from '@/contract/review';
import type { OnScreen } from '@/lib/onScreen';
import { paths } from '@/lib/paths';

export interface SwitchTarget {
  role: Role;
  enterpriseId: string | null;
}

/** The enterprise's own page for a record of the console's `kind`. */
function enterprisePageFor(subject: OnScreen): string {
  switch (subject.kind) {
    case 'preReview':
      return paths.preReview(subject.recordId);
    case 'verification':
      return paths.verification(subject.recordId);
    case 'filing':
      return paths.filing();
    case 'personnel':
      return paths.personnel();
  }
}

export function switchLanding({
  from,
  to,
  subject,
  here,
}: {
  from: Session | null;
  to: SwitchTarget;
  /** The record on screen, if the page declared one. */
  subject: OnScreen | null;
  /** The current address (path and search), kept when the new account may see the same page. */
  here: string;
}): string {
  if (to.role === 'customs') {
    if (subject) return paths.customs({ review: reviewKeyParam(subject) });
    // The enterprise the user was working for: its own, or the one an agency acts for.
    const enterprise =
      from?.actingFor?.enterprise ?? (from?.user.role === 'customs' ? null : from?.enterprise);
    return paths.customs(enterprise ? { uscc: enterprise.uscc } : undefined);
  }
  if (subject && to.enterpriseId === subject.enterpriseId && to.role === 'enterprise')
    return enterprisePageFor(subject);
  const sameEnterprise =
    from !== null && from.user.role === to.role && from.enterprise?.id === to.enterpriseId;
  return sameEnterprise ? here : paths.home();
}
