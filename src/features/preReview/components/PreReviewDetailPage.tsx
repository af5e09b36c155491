import { useQuery } from '@tanstack/react-query';
import { Card, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { preReviewQueries } from '../api/preReviews';
import { PreReviewActions } from './PreReviewActions';
import { PreReviewHistory } from './PreReviewHistory';
import { SheetView } from './SheetView';

/** One pre-review: its states, the actions they allow, its cost sheet and its 申请记录. */
export function PreReviewDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useQuery(preReviewQueries.detail(id));
  if (detail.isPending) return <Skeleton active />;
  if (detail.error)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <RequestErrorAlert
          error={detail.error}
          title="无法读取产品预审"
          onRetry={() => void detail.refetch()}
        />
        <Link to="/pre-reviews">返回产品预审列表</Link>
      </Space>
    );
  const record = detail.data;
  const name = record.data.product.nameCn || '未命名产品';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Link to="/pre-reviews">← 产品预审列表</Link>
        <Typography.Title level={2} style={{ margin: '8px 0 0' }}>
          {name}
        </Typography.Title>
      </div>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap aria-label="当前状态">
            <span>
              状态 <Tag>{record.state}</Tag>
            </span>
            <span>
              申请状态 <StatusTag status={record.applicationStatus} />
            </span>
            <span>更新时间 {formatDateTime(record.updatedAt)}</span>
            {record.opinion && <span>审核意见：{record.opinion}</span>}
          </Space>
          <div role="group" aria-label="可办理的操作">
            <PreReviewActions record={record} onRemoved={() => void navigate('/pre-reviews')} />
          </div>
        </Space>
      </Card>
      <PreReviewHistory record={record} />
      <SheetView sheet={record.data} />
    </Space>
  );
}
