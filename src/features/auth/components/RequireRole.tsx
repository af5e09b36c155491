import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Role, Session } from '@/contract/auth';
import { paths } from '@/lib/paths';

/** Route guard by role: enterprise functions for enterprise and agency users, the console for customs. */
export function RequireRole({
  session,
  allow,
  children,
}: {
  session: Session;
  allow: readonly Role[];
  children: ReactNode;
}) {
  const navigate = useNavigate();
  if (allow.includes(session.user.role)) return children;
  const customs = session.user.role === 'customs';
  return (
    <Result
      status="403"
      title={customs ? '海关审核账号不能办理企业业务' : '此区域仅限海关审核人员'}
      subTitle={customs ? '请在海关模拟审核台审核企业的申请。' : '企业账号不能进入海关模拟审核台。'}
      extra={
        <Button type="primary" onClick={() => void navigate(customs ? paths.customs() : paths.home())}>
          {customs ? '前往海关模拟审核台' : '返回首页'}
        </Button>
      }
    />
  );
}
