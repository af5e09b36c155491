import { Card, Descriptions, Space, Typography } from 'antd';
import { FileLink } from '@/components/FileLink';
import { formatDateTime } from '@/lib/format';
import {
  documentLabels,
  OTHER_DOCUMENT_LABEL,
  type Attachment,
  type VerificationResponse,
} from '@/contract/verification';

export const attachmentLabel = (a: Pick<Attachment, 'document'>) =>
  a.document === 'other' ? OTHER_DOCUMENT_LABEL : documentLabels[a.document];

/** 回复记录: every response, newest first, with its attachments and what customs made of it. */
export function ResponseHistory({ responses }: { responses: readonly VerificationResponse[] }) {
  return (
    <section aria-label="回复记录">
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        回复记录
      </Typography.Title>
      {responses.length === 0 && <Typography.Text type="secondary">尚未回复。</Typography.Text>}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {[...responses].reverse().map((response) => (
          <Card key={response.n} size="small" title={`第 ${response.n} 次回复`}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="回复时间">{formatDateTime(response.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label="回复说明">
                <span style={{ whiteSpace: 'pre-wrap' }}>{response.reply}</span>
              </Descriptions.Item>
              {response.attachments.map((a) => (
                <Descriptions.Item key={a.file.id} label={attachmentLabel(a)}>
                  <FileLink file={a.file} />
                </Descriptions.Item>
              ))}
              <Descriptions.Item label="海关处理">
                {response.outcome === null
                  ? '等待海关审核'
                  : response.outcome.kind === 'completed'
                    ? `核查完成（${formatDateTime(response.outcome.at)}）：${response.outcome.opinion}`
                    : `退回核查（${formatDateTime(response.outcome.at)}）：${response.outcome.reason}`}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        ))}
      </Space>
    </section>
  );
}
