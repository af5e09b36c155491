import { useQuery } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { describeError } from '@/lib/api/apiError';
import type { Session } from '@/contract/auth';
import { paths } from '@/lib/paths';
import { sessionQueries } from '../api/sessionQueries';

/** To the login page, which comes back here once signed in. */
function ToLogin() {
  const { pathname, search } = useLocation();
  return <Navigate to={paths.login({ from: `${pathname}${search}` })} replace />;
}

/**
 * Route guard: renders its children with the session, or sends the visitor to the login page.
 * Only that sending follows the address: the signed-in app does not render again for each new
 * query of a page.
 */
export function RequireSession({ children }: { children: (session: Session) => ReactNode }) {
  const { data: session, isPending, error } = useQuery(sessionQueries.current());
  if (isPending) return <Spin fullscreen description="正在验证登录状态…" />;
  if (error) return <Result status="warning" title="无法验证登录状态" subTitle={describeError(error)} />;
  if (!session) return <ToLogin />;
  return children(session);
}
