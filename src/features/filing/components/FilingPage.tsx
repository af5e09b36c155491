import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Skeleton, Space, Typography } from 'antd';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { filingQueries } from '../api/filingQueries';
import { canEditFiling } from '../model/filingRules';
import { FilingDataView } from './FilingDataView';
import { FilingForm } from './FilingForm';
import { FilingStatus } from './FilingStatus';

/** 企业备案: the enterprise's filing, its state, and the form while it may be edited (FR1). */
export function FilingPage({ username }: { username: string }) {
  const { data: filing, isPending, error, refetch } = useQuery(filingQueries.current());
  if (isPending) return <Skeleton active />;
  if (error)
    return <RequestErrorAlert error={error} title="无法读取企业备案" onRetry={() => void refetch()} />;

  const verdict = canEditFiling(filing);
  const shown = filing?.current?.data ?? filing?.approved ?? null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        企业备案
      </Typography.Title>
      <FilingStatus filing={filing} />
      <Card title={verdict.ok ? '企业备案申请' : '备案信息'}>
        {verdict.ok ? (
          <FilingForm key={username} filing={filing} username={username} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="info" showIcon title={verdict.reason} />
            {shown && <FilingDataView data={shown} />}
          </Space>
        )}
      </Card>
    </Space>
  );
}
