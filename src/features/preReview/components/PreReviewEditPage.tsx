import { useQuery } from '@tanstack/react-query';
import { Skeleton, Space } from 'antd';
import { useParams } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { useOnScreen } from '@/lib/onScreen';
import { preReviewQueries } from '../api/preReviews';
import { PreReviewEditor } from './PreReviewEditor';

/** 新增产品预审 (no id) or 修改 of a saved draft. */
export function PreReviewEditPage({ username }: { username: string }) {
  const { id } = useParams();
  const detail = useQuery({ ...preReviewQueries.detail(id ?? ''), enabled: id !== undefined });
  useOnScreen('preReview', detail.data);
  if (id && detail.isPending) return <Skeleton active />;
  if (id && detail.error)
    return (
      <RequestErrorAlert
        error={detail.error}
        title="无法读取产品预审"
        onRetry={() => void detail.refetch()}
      />
    );
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PreReviewEditor key={id ?? 'new'} record={id ? (detail.data ?? null) : null} username={username} />
    </Space>
  );
}
