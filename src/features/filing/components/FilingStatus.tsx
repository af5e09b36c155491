import { Alert, Descriptions, Typography } from 'antd';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { explainFiling, filingStatusLabel } from '@/domain/filing/filingExplanation';
import type { FilingRecord } from '@/contract/filing';

/**
 * Where the enterprise's filing stands: 办理情况 in words (what happened, what the filing is now,
 * customs' opinion beside the decision it belongs to), then 备案号 and the current application.
 */
export function FilingStatus({ filing }: { filing: FilingRecord | null }) {
  const application = filing?.current ?? null;
  const explained = explainFiling(filing);
  return (
    <section aria-label="备案状态" style={{ display: 'grid', gap: 12 }}>
      <Alert
        role="region"
        aria-label="办理情况"
        type={explained.tone}
        showIcon
        title={explained.title}
        description={
          <>
            {explained.opinion && (
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                海关审核意见：{explained.opinion}
              </Typography.Paragraph>
            )}
            {explained.detail}
          </>
        }
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label="备案号">{filing?.filingNo ?? '尚未备案'}</Descriptions.Item>
        <Descriptions.Item label="申请类型">
          {application ? (application.kind === 'filing' ? '企业备案申请' : '备案变更申请') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="申请状态">
          {application ? (
            <StatusTag status={application.status} label={filingStatusLabel(application.status)} />
          ) : (
            '未申请'
          )}
        </Descriptions.Item>
        <Descriptions.Item label="申报时间">{formatDateTime(application?.declaredAt)}</Descriptions.Item>
        <Descriptions.Item label="审核时间">{formatDateTime(application?.decidedAt)}</Descriptions.Item>
      </Descriptions>
    </section>
  );
}
