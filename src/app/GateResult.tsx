// What a page the gate closes shows: that it cannot be used yet, why (and, where it helps, where
// things stand), and the one step that moves it on.
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { NextStep } from './gateNextSteps';

export function GateResult({ reason, step }: { reason: ReactNode; step: NextStep }) {
  const navigate = useNavigate();
  return (
    <Result
      status="warning"
      title="暂不能办理此项业务"
      subTitle={reason}
      extra={
        <Button type="primary" onClick={() => void navigate(step.path)}>
          {step.label}
        </Button>
      }
    />
  );
}
