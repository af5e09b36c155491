import { useQuery } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { describeError } from '@/lib/api/apiError';
import { sessionQueries } from '../api/sessionQueries';
import type { Session } from '@/contract/auth';
import { paths } from '@/lib/paths';

/** Route guard: renders its children with the session, or sends the visitor to the login page. */
export function RequireSession({ children }: { children: (session: Session) => ReactNode }) {
  const location = useLocation();
  const { data: session, isPending, error } = useQuery(sessionQueries.current());
  if (isPending) return <Spin fullscreen description="正在验证登录状态…" />;
  if (error) return <Result status="warning" title="无法验证登录状态" subTitle={describeError(error)} />;
  if (!session) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={paths.login({ from })} replace />;
  }
  return children(session);
}
