import { Button, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { checkCapability, type Capability } from '@/domain/capabilities';
import { gateNextSteps } from './gateNextSteps';
import { actorOf } from './actor';
import { useShellSession } from './shellSession';
import { useStanding } from './useStanding';

/**
 * Route guard of the gate (FR2–FR4): renders the page when the enterprise may use it, otherwise
 * says exactly which condition blocks it and what to do next. The service refuses the same.
 */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const navigate = useNavigate();
  const session = useShellSession();
  const { standing, error, refetch } = useStanding(true);
  if (error) return <RequestErrorAlert error={error} title="无法读取企业备案状态" onRetry={refetch} />;
  if (!standing) return <Skeleton active />;
  const permission = checkCapability(standing, capability, actorOf(session));
  if (permission.ok) return children;
  return (
    <Result
      status="warning"
      title="暂不能办理此项业务"
      subTitle={permission.reason}
      extra={
        <Button type="primary" onClick={() => void navigate(gateNextSteps[permission.block].path)}>
          {gateNextSteps[permission.block].label}
        </Button>
      }
    />
  );
}
