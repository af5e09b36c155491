import { Alert, Button, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { StatusTag } from '@/components/StatusTag';
import { explainFiling, filingStatusLabel } from '@/domain/filing/filingExplanation';
import type { FilingRecord } from '@/contract/filing';
import { paths } from '@/lib/paths';

/** The home page's 企业备案 card: the status and 备案号, what it means, and the one next step. */
export function FilingStanding({ filing }: { filing: FilingRecord | null }) {
  const navigate = useNavigate();
  const explained = explainFiling(filing);
  const current = filing?.current ?? null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>备案状态：</span>
        {current ? (
          <StatusTag status={current.status} label={filingStatusLabel(current.status)} />
        ) : (
          <span>尚未备案</span>
        )}
        {filing?.filingNo && <span>备案号 {filing.filingNo}</span>}
      </Space>
      <Alert
        type={explained.tone}
        showIcon
        title={explained.title}
        description={
          <>
            {explained.opinion && current?.status === '审核不通过' && (
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                海关审核意见：{explained.opinion}
              </Typography.Paragraph>
            )}
            {explained.detail}
          </>
        }
      />
      <Button
        type="primary"
        onClick={() => void navigate(explained.page === 'change' ? paths.filingChange() : paths.filing())}
      >
        {explained.action}
      </Button>
    </Space>
  );
}
