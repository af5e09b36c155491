import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { filingQueries } from '@/features/filing/api/filingQueries';
import { checkAnyCapability, checkCapability } from '@/domain/capabilities';
import { filingReaders } from '@/values/capabilities';
import { ChoosePrincipal } from '@/features/auth/components/ChoosePrincipal';
import { AcceptanceDashboard } from '@/features/acceptance/components/AcceptanceDashboard';
import { VerificationNotices } from '@/features/verification/components/VerificationNotices';
import { FilingStanding } from '../features/filing/components/FilingStanding';
import { actorOf, currentEnterprise } from './actor';
import { useStanding } from './useStanding';
import { useShellSession } from './shellSession';

/** 首页: the enterprise, where its filing stands, and what it can do next. */
export function HomePage() {
  const session = useShellSession();
  const enterprise = currentEnterprise(session);
  const { standing } = useStanding(enterprise !== null);
  const actor = actorOf(session);
  // The enterprise always reads its own filing (asked at once, beside the gate's facts); an agency
  // only when its scope holds the filing or its change.
  const readsFiling =
    enterprise !== null &&
    (actor.kind === 'self' ||
      (standing !== undefined && checkAnyCapability(standing, filingReaders, actor).ok));
  const filing = useQuery({ ...filingQueries.current(), enabled: readsFiling });
  // An agency signed in as itself first chooses whom it acts for (it rarely files for itself).
  const choosing = session.user.role === 'agency' && !session.actingFor;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {choosing && <ChoosePrincipal />}
      <Card title="企业信息">
        {enterprise ? (
          <Descriptions column={1} size="small">
            <Descriptions.Item label="企业名称">{enterprise.nameCn}</Descriptions.Item>
            <Descriptions.Item label="统一社会信用代码">{enterprise.uscc}</Descriptions.Item>
            {session.actingFor && (
              <Descriptions.Item label="代录入">
                {session.enterprise?.nameCn} 受托代理，授权至 {session.actingFor.validTo}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="当前用户">{session.user.displayName}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text>该账号未关联企业。</Typography.Text>
        )}
      </Card>
      {enterprise && standing && checkCapability(standing, 'verification', actor).ok && (
        <VerificationNotices />
      )}
      {enterprise && standing && checkCapability(standing, 'acceptance', actor).ok && <AcceptanceDashboard />}
      {readsFiling && (
        // While it has not chosen, an agency reads its own filing: the title says whose it is.
        <Card title={choosing ? '本企业的企业备案' : '企业备案'}>
          {filing.isPending ? (
            <Skeleton active paragraph={{ rows: 2 }} />
          ) : filing.error ? (
            <RequestErrorAlert
              error={filing.error}
              title="无法读取企业备案"
              onRetry={() => void filing.refetch()}
            />
          ) : (
            <FilingStanding filing={filing.data} />
          )}
        </Card>
      )}
    </Space>
  );
}
