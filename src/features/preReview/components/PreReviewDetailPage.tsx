import { useQuery } from '@tanstack/react-query';
import { Card, Space, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { QueryResult } from '@/components/QueryResult';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import type { PreReviewRecord } from '@/contract/preReview';
import { lastApplicationOf } from '@/domain/preReview/stateExplanation';
import { paths } from '@/lib/paths';
import { useOnScreen } from '@/lib/onScreen';
import { preReviewQueries } from '../api/preReviews';
import { PrintCostSheet } from '../print/PrintCostSheet';
import { PreReviewActions } from './PreReviewActions';
import { PreReviewOutcome } from './PreReviewOutcome';
import { PreReviewHistory } from './PreReviewHistory';
import { SheetView } from './SheetView';
import { RecordOriginAdvice } from './RecordOriginAdvice';
import { useOriginAdviceState } from './useOriginAdvice';
import { PreReviewNumber } from './receipt';

/** One pre-review: its states, the actions they allow, its cost sheet and its 申请记录. */
export function PreReviewDetailPage({ username }: { username: string }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useQuery(preReviewQueries.detail(id));
  useOnScreen('preReview', detail.data);
  return (
    <QueryResult
      query={detail}
      errorTitle="无法读取产品预审"
      back={{ to: paths.preReviews(), label: '返回产品预审列表' }}
    >
      {(record) => (
        <PreReviewDetail
          record={record}
          username={username}
          onRemoved={() => void navigate(paths.preReviews())}
        />
      )}
    </QueryResult>
  );
}

function PreReviewDetail({
  record,
  username,
  onRemoved,
}: {
  record: PreReviewRecord;
  username: string;
  onRemoved: () => void;
}) {
  const name = record.data.product.nameCn || '未命名产品';
  const origin = useOriginAdviceState(username, record.id);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {name}
      </Typography.Title>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap aria-label="当前状态">
            <PreReviewNumber number={record.number} />
            <span>
              状态 <Tag>{record.state}</Tag>
            </span>
            <span>
              申请状态 <StatusTag status={record.applicationStatus} />
            </span>
            <span>更新时间 {formatDateTime(record.updatedAt)}</span>
          </Space>
          <PreReviewOutcome record={{ ...record, lastApplication: lastApplicationOf(record) }} />
          <div role="group" aria-label="可办理的操作">
            <PreReviewActions
              record={{ ...record, nameCn: record.data.product.nameCn }}
              username={username}
              onRemoved={onRemoved}
            />
          </div>
          <PrintCostSheet sheet={() => record.data} record={record} advice={origin.adviceFor} />
        </Space>
      </Card>
      <PreReviewHistory record={record} />
      <SheetView sheet={record.data} />
      <RecordOriginAdvice sheet={record.data} state={origin} />
    </Space>
  );
}
