import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { QueryResult } from '@/components/QueryResult';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { canProcess, returnReason, subjectLabel } from '@/domain/verification/verificationRules';
import { documentCatalog, type VerificationRecord } from '@/contract/verification';
import { paths } from '@/lib/paths';
import { useOnScreen } from '@/lib/onScreen';
import { verificationQueries } from '../api/verifications';
import { ResponseHistory } from './ResponseHistory';
import { DeadlineTag } from './DeadlineTag';

/** One 核查记录单: what customs asks, the documents it requires, every response, and 处理. */
export function VerificationDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useQuery(verificationQueries.detail(id));
  useOnScreen('verification', detail.data);
  return (
    <QueryResult
      query={detail}
      errorTitle="无法读取核查记录单"
      back={{ to: paths.verifications(), label: '返回核查互动' }}
    >
      {(record) => (
        <VerificationDetail
          record={record}
          onProcess={() => void navigate(paths.respondToVerification(id))}
        />
      )}
    </QueryResult>
  );
}

function VerificationDetail({ record, onProcess }: { record: VerificationRecord; onProcess: () => void }) {
  const processing = canProcess(record.state);
  const returned = returnReason(record);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        核查记录单 {record.number}
      </Typography.Title>
      {returned && (
        <Alert
          type="warning"
          showIcon
          title="海关退回核查，请补充后重新回复"
          description={`退回原因：${returned}`}
        />
      )}
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="状态">
            <StatusTag status={record.state} />
          </Descriptions.Item>
          <Descriptions.Item label="回复期限">
            <DeadlineTag record={record} />
          </Descriptions.Item>
          <Descriptions.Item label="核查对象">{subjectLabel(record.subject)}</Descriptions.Item>
          <Descriptions.Item label="发起海关">{record.customsOffice}</Descriptions.Item>
          {/* 'filled': the rest of its row at any width (a fixed span of 2 broke the rows at a phone's one column). */}
          <Descriptions.Item label="下发时间" span="filled">
            {formatDateTime(record.issuedAt)}
          </Descriptions.Item>
          <Descriptions.Item label="核查要求" span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{record.requirement}</span>
          </Descriptions.Item>
          <Descriptions.Item label="电子资料" span="filled">
            <Space wrap>
              {documentCatalog
                .filter((d) => record.requiredDocuments.includes(d.key))
                .map((d) => (
                  <Tag key={d.key} color="blue">
                    {d.label}（必须上传）
                  </Tag>
                ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        <div style={{ marginTop: 12 }}>
          {processing.ok ? (
            <Button type="primary" onClick={onProcess}>
              处理
            </Button>
          ) : (
            <Typography.Text type="secondary">{processing.reason}</Typography.Text>
          )}
        </div>
      </Card>
      <ResponseHistory responses={record.responses} />
    </Space>
  );
}
