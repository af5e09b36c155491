import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Skeleton, Space } from 'antd';
import { useNavigate } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { canEdit, canWithdraw, type ApplicationKind } from '@/domain/filing/filingRules';
import { paths } from '@/lib/paths';
import { useOnScreen } from '@/lib/onScreen';
import { filingQueries } from '../api/filingQueries';
import { FilingDataView } from './FilingDataView';
import { FilingForm, type KnownEnterprise } from './FilingForm';
import { FilingHistory } from './FilingHistory';
import { FilingStatus } from './FilingStatus';
import { WithdrawButton } from './WithdrawButton';

/**
 * 企业备案 (kind `filing`) and 备案变更申请 (kind `change`): where the application stands, the form
 * while it may be edited (FR1), 撤回 while customs has not decided, and every earlier application.
 */
export function FilingPage({
  kind,
  username,
  known = null,
}: {
  kind: ApplicationKind;
  username: string;
  /** What the account already knows of its enterprise, to start a first filing with. */
  known?: KnownEnterprise | null;
}) {
  const navigate = useNavigate();
  const { data: filing, isPending, error, refetch } = useQuery(filingQueries.current());
  useOnScreen('filing', filing);
  if (isPending) return <Skeleton active />;
  if (error)
    return <RequestErrorAlert error={error} title="无法读取企业备案" onRetry={() => void refetch()} />;

  const editable = canEdit(filing, kind);
  const current = filing?.current ?? null;
  const ownCurrent = current?.kind === kind ? current : null;
  const withdrawable = ownCurrent !== null && canWithdraw(filing).ok;
  const shown = ownCurrent?.data ?? filing?.approved ?? null;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <FilingStatus filing={filing} />
      <Card title={editable.ok ? (kind === 'filing' ? '企业备案申请' : '填写备案变更') : '备案信息'}>
        {editable.ok ? (
          <FilingForm
            key={`${username}:${kind}`}
            kind={kind}
            filing={filing}
            username={username}
            known={known}
          />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert
              type="info"
              showIcon
              title={editable.reason}
              action={
                kind === 'filing' && filing?.approved && current?.status !== '申报' ? (
                  <Button onClick={() => void navigate(paths.filingChange())}>办理备案变更</Button>
                ) : filing && withdrawable ? (
                  <WithdrawButton filing={filing} />
                ) : undefined
              }
            />
            {shown && <FilingDataView data={shown} />}
          </Space>
        )}
      </Card>
      {filing && <FilingHistory filing={filing} />}
    </Space>
  );
}
