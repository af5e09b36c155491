import { useQuery } from '@tanstack/react-query';
import { Card, Space, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { FilterFields, SearchForm, type FilterSpec } from '@/components/SearchForm';
import {
  parseReviewKey,
  reviewKeyParam,
  reviewResults,
  type ReviewFilter,
  type ReviewItem,
  type ReviewKey,
} from '@/contract/review';
import { endpoints } from '@/contract/endpoints';
import { applicationTypes } from '@/contract/applications';
import { ListTable } from '@/components/list/ListTable';
import { useUrlList } from '@/components/list/useUrlList';
import { applicationTypeLabels } from '@/lib/applicationTypeLabels';
import { customsQueries } from '../api/reviewQueue';
import { reviewColumns } from './reviewColumns';
import { ReviewDrawer } from './ReviewDrawer';

type Filter = 'type' | 'enterprise' | 'uscc' | 'from' | 'to' | 'result';

/** The officer's filters; the date range is of 申报日期 awaiting a decision, of 审核日期 once decided. */
function filtersFor(tab: ReviewFilter): FilterSpec<Filter>[] {
  const day = tab === 'pending' ? '申报日期' : '审核日期';
  return [
    {
      key: 'type',
      label: '申请类型',
      kind: 'choice',
      choices: applicationTypes,
      labels: applicationTypeLabels,
    },
    { key: 'enterprise', label: '企业名称', kind: 'text', maxLength: 100 },
    { key: 'uscc', label: '统一社会信用代码', kind: 'text', maxLength: 18 },
    { key: 'from', label: `${day}从`, kind: 'date' },
    { key: 'to', label: `${day}至`, kind: 'date' },
    ...(tab === 'decided'
      ? [{ key: 'result', label: '审核结果', kind: 'choice', choices: reviewResults } as const]
      : []),
  ];
}

const FILTERS: readonly Filter[] = ['type', 'enterprise', 'uscc', 'from', 'to', 'result'];

const tableFor = (filter: string) => ({
  rows: 'items' as const,
  label: '审核队列',
  error: '无法读取审核队列',
  empty: filter === 'pending' ? '没有符合条件的待审核申请' : '没有符合条件的审核记录',
});

/**
 * 海关模拟审核台: every enterprise's declared applications, filtered, sorted and paged by the
 * service. The application under review is in the URL (`review`), so a link, a reload or a
 * switch from the enterprise's side opens it.
 */
export function ReviewQueuePage() {
  const urlList = useUrlList({
    endpoint: endpoints.reviewQueue,
    filters: ['status', ...FILTERS],
    // Never used: the columns sort only ascending or descending, and each tab has its own
    // order until one is chosen (reviewOrder).
    defaultSort: 'declaredAt',
    listQuery: customsQueries.queue,
  });
  const { query, draft, setDraft } = urlList;
  const tab = query.status;
  const queue = useQuery(customsQueries.queue(query));
  const [params, setParams] = useSearchParams();
  const reviewing = parseReviewKey(params.get('review'));

  const show = (key: ReviewKey | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (key) next.set('review', reviewKeyParam(key));
      else next.delete('review');
      return next;
    });
  const rows = queue.data?.items ?? [];
  /** The next application on this page after `item`, to review once it is decided. */
  const nextAfter = (item: ReviewItem): ReviewItem | null => {
    const at = rows.findIndex((row) => row.id === item.id);
    return rows.slice(at + 1).find((row) => row.status === '待审核') ?? null;
  };
  const filters = filtersFor(tab);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Tabs
        activeKey={tab}
        onChange={(key) => urlList.searchWith({ ...draft, status: key as ReviewFilter, result: undefined })}
        items={[
          { key: 'pending', label: '待审核' },
          { key: 'decided', label: '已审核' },
        ]}
      />
      <Card>
        <SearchForm
          label="查询审核队列"
          onSearch={urlList.search}
          onReset={() => urlList.searchWith({ status: tab })}
        >
          <FilterFields<typeof draft> filters={filters} draft={draft} onChange={setDraft} />
        </SearchForm>
      </Card>
      <ListTable
        query={queue}
        list={urlList}
        columns={reviewColumns(query, (item) => show(item))}
        table={tableFor(tab)}
      />
      <ReviewDrawer reviewing={reviewing} show={show} nextAfter={nextAfter} />
    </Space>
  );
}
