// The console's columns: what an officer scans down a page of applications. 待审核 says where
// each was declared and how long it has waited; 已审核, when, by whom, what and why it was decided.
import { Button, type TableColumnsType } from 'antd';
import { StatusTag } from '@/components/StatusTag';
import { sortableColumn } from '@/components/list/serverTable';
import { reviewOrder, type ReviewItem, type ReviewQueueQuery } from '@/contract/review';
import { applicationTypeLabels, statusLabel } from '@/lib/applicationTypeLabels';
import { formatDateTime } from '@/lib/format';

/**
 * A long cell cut to one line, whole on hover (the browser's own tooltip: antd's measured every
 * cell as it rendered, about 90 ms of the 330 a tab took) and for a screen reader.
 */
const oneLine = (text: string | null, width: number) => (
  <span className="one-line" title={text ?? undefined} style={{ maxWidth: width }}>
    {text ?? '—'}
  </span>
);

export function reviewColumns(
  query: ReviewQueueQuery,
  open: (item: ReviewItem) => void,
): TableColumnsType<ReviewItem> {
  const shown = { ...query, ...reviewOrder(query) };
  const sortable = (field: 'declaredAt' | 'decidedAt') => ({
    key: field,
    ...sortableColumn(field, shown),
    sortDirections: ['ascend', 'descend'] as ('ascend' | 'descend')[],
  });
  const decided = query.status === 'decided';
  const common: TableColumnsType<ReviewItem> = [
    { title: '申请类型', key: 'type', render: (_, item) => applicationTypeLabels[item.type] },
    {
      title: '申请企业',
      key: 'enterprise',
      render: (_, item) => (
        <>
          {oneLine(item.enterprise.nameCn, 190)}
          <div className="list-subline">{item.enterprise.uscc}</div>
        </>
      ),
    },
    { title: '申请内容', key: 'asked', render: (_, item) => oneLine(item.asked, decided ? 200 : 280) },
  ];
  // 已审核 has four columns more to show in the same width: when, by whom, what and why were
  // decided take the place of 受理海关 and 申报时间 (both still in the drawer).
  const tab: TableColumnsType<ReviewItem> = decided
    ? [
        {
          title: '审核时间 · 审核人',
          dataIndex: 'decidedAt',
          ...sortable('decidedAt'),
          render: (at: string | null, item) => (
            <>
              {formatDateTime(at)}
              <div className="list-subline">{item.decidedBy ?? '—'}</div>
            </>
          ),
        },
        { title: '审核结果', key: 'status', render: (_, item) => <StatusTag status={statusLabel(item)} /> },
        { title: '审核意见', key: 'opinion', render: (_, item) => oneLine(item.opinion, 160) },
      ]
    : [
        { title: '受理海关', dataIndex: 'customsOffice', render: (office: string | null) => office ?? '—' },
        {
          title: '申报时间',
          dataIndex: 'declaredAt',
          ...sortable('declaredAt'),
          render: (at: string) => formatDateTime(at),
        },
        { title: '状态', key: 'status', render: (_, item) => <StatusTag status={statusLabel(item)} /> },
      ];
  return [
    ...common,
    ...tab,
    {
      title: '操作',
      key: 'actions',
      render: (_, item) => (
        <Button
          size="small"
          type={item.status === '待审核' ? 'primary' : 'default'}
          aria-label={`${item.status === '待审核' ? '审核' : '查看'} ${item.enterprise.nameCn} 的${applicationTypeLabels[item.type]}`}
          onClick={() => open(item)}
        >
          {item.status === '待审核' ? '审核' : '查看'}
        </Button>
      ),
    },
  ];
}
