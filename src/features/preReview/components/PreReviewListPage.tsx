import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useNavigate } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { preReviewQueries } from '../api/preReviews';
import { evaluateSheet } from '../model/costSheet';
import { PreReviewActions } from './PreReviewActions';
import type { PreReviewRecord } from '../model/preReviewSchemas';

/** 产品预审: the enterprise's pre-reviews with both states and PR7/PR8. */
export function PreReviewListPage() {
  const navigate = useNavigate();
  const list = useQuery(preReviewQueries.list());
  const columns: TableColumnsType<PreReviewRecord> = [
    { title: '产品中文名称', render: (_, r) => r.data.product.nameCn || '（未填写）' },
    { title: 'HS编码', render: (_, r) => r.data.product.hsCode || '—' },
    { title: '状态', dataIndex: 'state', render: (state: string) => <Tag>{state}</Tag> },
    {
      title: '申请状态',
      dataIndex: 'applicationStatus',
      render: (status: string) => <StatusTag status={status} />,
    },
    {
      title: '非原产占出厂价的百分比',
      render: (_, r) => evaluateSheet(r.data, { forDeclare: false }).exFactoryPercent,
    },
    {
      title: '非原产占 FOB 的百分比',
      render: (_, r) => evaluateSheet(r.data, { forDeclare: false }).fobPercent,
    },
    { title: '更新时间', dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
    { title: '审核意见', dataIndex: 'opinion', render: (opinion: string | null) => opinion ?? '—' },
    { title: '操作', render: (_, r) => <PreReviewActions record={r} /> },
  ];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        产品预审
      </Typography.Title>
      <div>
        <Button type="primary" onClick={() => void navigate('/pre-reviews/new')}>
          新增产品预审
        </Button>
      </div>
      {list.error ? (
        <RequestErrorAlert error={list.error} title="无法读取产品预审" onRetry={() => void list.refetch()} />
      ) : (
        <Table
          rowKey="id"
          columns={columns}
          dataSource={list.data ?? []}
          loading={list.isPending}
          locale={{ emptyText: '还没有产品预审' }}
        />
      )}
    </Space>
  );
}
