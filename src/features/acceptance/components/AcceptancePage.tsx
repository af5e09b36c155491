import { useQuery } from '@tanstack/react-query';
import { Card, Space, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { FilterFields, SearchForm, type FilterSpec } from '@/components/SearchForm';
import { sortableColumn } from '@/components/list/serverTable';
import { ListTable } from '@/components/list/ListTable';
import { useUrlList } from '@/components/list/useUrlList';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { acceptanceStatuses, type AcceptanceItem } from '@/contract/acceptance';
import { endpoints } from '@/contract/endpoints';
import { applicationTypes } from '@/contract/applications';
import { applicationTypeLabels, statusLabel } from '@/lib/applicationTypeLabels';
import { acceptanceQueries } from '../api/acceptance';
import { receiptOf } from '../model/receipt';
import { recordPath } from '../model/recordPath';

const filters: FilterSpec<'type' | 'status' | 'from' | 'to'>[] = [
  {
    key: 'type',
    label: '申请类型',
    kind: 'choice',
    choices: applicationTypes,
    labels: applicationTypeLabels,
  },
  { key: 'status', label: '受理状态', kind: 'choice', choices: acceptanceStatuses },
  { key: 'from', label: '申报日期从', kind: 'date' },
  { key: 'to', label: '申报日期至', kind: 'date' },
];

const TABLE = {
  rows: 'items',
  label: '申请列表',
  error: '无法读取受理情况',
  empty: '没有符合条件的申请',
} as const;

/** 受理情况查询: every application the enterprise has made, where customs stands on each. */
export function AcceptancePage() {
  const urlList = useUrlList({
    endpoint: endpoints.acceptance,
    filters: filters.map((f) => f.key),
    defaultSort: 'declaredAt',
    listQuery: acceptanceQueries.list,
  });
  const { query, draft, setDraft } = urlList;
  const list = useQuery(acceptanceQueries.list(query));

  const columns: TableColumnsType<AcceptanceItem> = [
    { title: '申请类型', key: 'type', width: 130, render: (_, item) => applicationTypeLabels[item.type] },
    {
      title: '申请内容',
      key: 'subject',
      width: 240,
      ellipsis: true,
      render: (_, item) => (
        <Link to={recordPath(item)} title={item.subject}>
          {item.subject}
        </Link>
      ),
    },
    {
      title: '受理海关',
      dataIndex: 'customsOffice',
      width: 120,
      render: (office: string | null) => office ?? '—',
    },
    {
      title: '申报时间',
      key: 'declaredAt',
      width: 150,
      ...sortableColumn('declaredAt', query),
      render: (_, item) => formatDateTime(item.declaredAt),
    },
    {
      title: '受理状态',
      key: 'status',
      width: 110,
      render: (_, item) => <StatusTag status={statusLabel(item)} />,
    },
    {
      title: '审核时间',
      key: 'decidedAt',
      width: 150,
      ...sortableColumn('decidedAt', query),
      render: (_, item) => formatDateTime(item.decidedAt),
    },
    { title: '审核意见', dataIndex: 'opinion', render: (opinion: string | null) => opinion ?? '—' },
    { title: '回执', key: 'receipt', render: (_, item) => receiptOf(item) },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <SearchForm label="查询受理情况" onSearch={urlList.search} onReset={urlList.reset}>
          <FilterFields filters={filters} draft={draft} onChange={setDraft} />
        </SearchForm>
      </Card>
      <ListTable query={list} list={urlList} columns={columns} table={TABLE} />
    </Space>
  );
}
