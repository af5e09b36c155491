import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Tag, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { sortableColumn } from '@/components/list/serverTable';
import { ListTable } from '@/components/list/ListTable';
import { useUrlList } from '@/components/list/useUrlList';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { endpoints } from '@/contract/endpoints';
import type { PreReviewRow } from '@/contract/preReview';
import { paths } from '@/lib/paths';
import { preReviewQueries } from '../api/preReviews';
import { PreReviewActions } from './PreReviewActions';
import { PreReviewNumber } from './receipt';
import { PreReviewOutcomeLine } from './PreReviewOutcome';
import { PreReviewFilters, preReviewFilters } from './PreReviewFilters';

const TABLE = {
  rows: 'preReviews',
  label: '产品预审列表',
  error: '无法读取产品预审',
  empty: '没有符合条件的产品预审',
} as const;

/** 产品预审 查询: the enterprise's pre-reviews, filtered, sorted and paged by the service. */
export function PreReviewListPage({ username }: { username: string }) {
  const navigate = useNavigate();
  const urlList = useUrlList({
    endpoint: endpoints.preReviews,
    filters: preReviewFilters,
    defaultSort: 'updatedAt',
    listQuery: preReviewQueries.list,
  });
  const { query } = urlList;
  const list = useQuery(preReviewQueries.list(query));

  const columns: TableColumnsType<PreReviewRow> = [
    {
      title: '产品中文名称',
      key: 'nameCn',
      ...sortableColumn('nameCn', query),
      width: 230,
      ellipsis: true,
      // The 预审编号 under the name, not a column of its own: at 1024 px a column more pushes
      // 申请状态 under the fixed 操作.
      render: (_, r) => (
        <>
          <Link to={paths.preReview(r.id)} title={r.nameCn}>
            {r.nameCn || '（未填写）'}
          </Link>
          <div className="list-subline">
            <PreReviewNumber number={r.number} />
          </div>
        </>
      ),
    },
    {
      title: 'HS编码',
      key: 'hsCode',
      ...sortableColumn('hsCode', query),
      render: (_, r) => r.hsCode || '—',
    },
    { title: '状态', dataIndex: 'state', render: (state: string) => <Tag>{state}</Tag> },
    {
      title: '申请状态',
      dataIndex: 'applicationStatus',
      render: (status: string) => <StatusTag status={status} />,
    },
    {
      title: '非原产占出厂价的百分比',
      dataIndex: 'exFactoryPercent',
    },
    {
      title: '非原产占 FOB 的百分比',
      dataIndex: 'fobPercent',
    },
    {
      title: '更新时间',
      key: 'updatedAt',
      ...sortableColumn('updatedAt', query),
      render: (_, r) => formatDateTime(r.updatedAt),
    },
    { title: '办理情况', key: 'outcome', render: (_, r) => <PreReviewOutcomeLine record={r} /> },
    { title: '操作', render: (_, r) => <PreReviewActions record={r} username={username} compact /> },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <PreReviewFilters
          draft={urlList.draft}
          onChange={urlList.setDraft}
          onSearch={urlList.search}
          onReset={urlList.reset}
        />
      </Card>
      <div>
        <Button type="primary" onClick={() => void navigate(paths.newPreReview())}>
          新增产品预审
        </Button>
      </div>
      <ListTable query={list} list={urlList} columns={columns} table={TABLE} />
    </Space>
  );
}
