import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { checkCapability } from '@/domain/capabilities';
import { type Capability } from '@/values/capabilities';
import { gateNextSteps } from './gateNextSteps';
import { BlockedByFiling } from './BlockedByFiling';
import { GateResult } from './GateResult';
import { actorOf } from './actor';
import { useShellSession } from './shellSession';
import { useStanding } from './useStanding';

/**
 * Route guard of the gate (FR2–FR4): renders the page when the enterprise may use it, otherwise
 * says exactly which condition blocks it and what to do next. The service refuses the same.
 */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const session = useShellSession();
  const { standing, error, refetch } = useStanding(true);
  if (error) return <RequestErrorAlert error={error} title="无法读取企业备案状态" onRetry={refetch} />;
  if (!standing) return <Skeleton active />;
  const actor = actorOf(session);
  const permission = checkCapability(standing, capability, actor);
  if (permission.ok) return children;
  if (permission.block === 'filingNotApproved' && actor.kind === 'self')
    return <BlockedByFiling reason={permission.reason} />;
  return <GateResult reason={permission.reason} step={gateNextSteps[permission.block]} />;
}
