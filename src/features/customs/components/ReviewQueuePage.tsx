import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Space, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { customsQueries } from '../api/reviewQueue';
import {
  parseReviewListQuery,
  reviewListQueryToParams,
  type ReviewFilter,
  type ReviewItem,
} from '@/contract/review';
import { LIST_PAGE_SIZES } from '@/contract/pageQuery';
import { ListTable } from '@/components/list/ListTable';
import { useUrlList } from '@/components/list/useUrlList';
import { DecisionForm } from './DecisionForm';
import { ReviewDetails } from './ReviewDetails';
import { ReviewOriginAdvice } from './ReviewOriginAdvice';
import { applicationTypeLabels, statusLabel } from '@/lib/applicationTypeLabels';

const tableFor = (filter: string) => ({
  rows: 'items' as const,
  label: '审核队列',
  error: '无法读取审核队列',
  empty: filter === 'pending' ? '没有待审核的申请' : '还没有审核记录',
});

/** 海关模拟审核台: every enterprise's declared applications, and the decisions made. */
export function ReviewQueuePage() {
  const urlList = useUrlList({
    parse: parseReviewListQuery,
    toParams: reviewListQueryToParams,
    filters: ['status'],
    pageSizes: LIST_PAGE_SIZES,
    hideOnSinglePage: true,
  });
  const filter = urlList.query.status;
  const [open, setOpen] = useState<ReviewItem | null>(null);
  const queue = useQuery(customsQueries.queue(urlList.query));

  const columns: TableColumnsType<ReviewItem> = [
    { title: '申请类型', key: 'type', render: (_, item) => applicationTypeLabels[item.type] },
    { title: '申请企业', render: (_, item) => item.enterprise.nameCn },
    { title: '申请内容', dataIndex: 'subject' },
    { title: '受理海关', dataIndex: 'customsOffice', render: (office: string | null) => office ?? '—' },
    { title: '申报时间', dataIndex: 'declaredAt', render: (at: string) => formatDateTime(at) },
    { title: '状态', key: 'status', render: (_, item) => <StatusTag status={statusLabel(item)} /> },
    {
      title: '操作',
      render: (_, item) => (
        <Button
          size="small"
          type={item.status === '待审核' ? 'primary' : 'default'}
          aria-label={`${item.status === '待审核' ? '审核' : '查看'} ${item.enterprise.nameCn} 的${applicationTypeLabels[item.type]}`}
          onClick={() => setOpen(item)}
        >
          {item.status === '待审核' ? '审核' : '查看'}
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Tabs
        activeKey={filter}
        onChange={(key) => urlList.searchWith({ status: key as ReviewFilter })}
        items={[
          { key: 'pending', label: '待审核' },
          { key: 'decided', label: '已审核' },
        ]}
      />
      <ListTable query={queue} list={urlList} columns={columns} table={tableFor(filter)} />
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        size={640}
        title={open ? `${applicationTypeLabels[open.type]} · ${open.enterprise.nameCn}` : ''}
        destroyOnHidden
      >
        {open && (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <ReviewDetails item={open} />
            {open.sheet && (
              <section aria-labelledby="review-origin-advice">
                <h2 id="review-origin-advice" style={{ fontSize: 16, margin: '0 0 8px' }}>
                  原产地标准预判
                </h2>
                <ReviewOriginAdvice sheet={open.sheet} />
              </section>
            )}
            {open.status === '待审核' && <DecisionForm item={open} onDone={() => setOpen(null)} />}
          </Space>
        )}
      </Drawer>
    </Space>
  );
}
