import type { UseQueryResult } from '@tanstack/react-query';
import { Skeleton, Space } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RequestErrorAlert } from './RequestErrorAlert';

/**
 * A page that needs one query's data: a skeleton while it loads, the failure in the user's words
 * with a retry (and a way back), then the page itself.
 */
export function QueryResult<T>({
  query,
  errorTitle,
  back,
  children,
}: {
  query: UseQueryResult<T>;
  errorTitle: string;
  back?: { to: string; label: string };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <RequestErrorAlert error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />
        {back && <Link to={back.to}>{back.label}</Link>}
      </Space>
    );
  return children(query.data);
}
