import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { FilterFields, SearchForm, type FilterSpec } from '@/components/SearchForm';
import { sortableColumn } from '@/components/list/serverTable';
import { ListTable } from '@/components/list/ListTable';
import { useUrlList } from '@/components/list/useUrlList';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { canProcess, subjectLabel } from '@/domain/verification/verificationRules';
import { endpoints } from '@/contract/endpoints';
import { verificationStates, type VerificationRecord } from '@/contract/verification';
import { paths } from '@/lib/paths';
import { verificationQueries } from '../api/verifications';
import { DeadlineTag } from './DeadlineTag';

const filters: FilterSpec<'q' | 'state' | 'from' | 'to'>[] = [
  { key: 'q', label: '核查对象或单号', kind: 'text', maxLength: 100 },
  { key: 'state', label: '状态', kind: 'choice', choices: verificationStates },
  { key: 'from', label: '下发日期从', kind: 'date' },
  { key: 'to', label: '下发日期至', kind: 'date' },
];

const TABLE = {
  rows: 'verifications',
  label: '核查记录单列表',
  error: '无法读取核查记录单',
  empty: '没有符合条件的核查记录单',
} as const;

/** 核查互动: the enterprise's verification records, filtered by the service; 处理 where VR1 allows. */
export function VerificationListPage() {
  const navigate = useNavigate();
  const urlList = useUrlList({
    endpoint: endpoints.verifications,
    filters: filters.map((f) => f.key),
    defaultSort: 'priority',
    listQuery: verificationQueries.list,
  });
  const { query, draft, setDraft } = urlList;
  const list = useQuery(verificationQueries.list(query));

  const columns: TableColumnsType<VerificationRecord> = [
    {
      title: '核查记录单号',
      key: 'number',
      render: (_, r) => <Link to={paths.verification(r.id)}>{r.number}</Link>,
    },
    {
      title: '核查对象',
      key: 'subject',
      width: 240,
      ellipsis: true,
      render: (_, r) => <span title={subjectLabel(r.subject)}>{subjectLabel(r.subject)}</span>,
    },
    {
      title: '下发时间',
      key: 'issuedAt',
      ...sortableColumn('issuedAt', query),
      render: (_, r) => formatDateTime(r.issuedAt),
    },
    {
      title: '回复期限',
      key: 'deadline',
      ...sortableColumn('deadline', query),
      render: (_, r) => <DeadlineTag record={r} />,
    },
    { title: '状态', key: 'state', render: (_, r) => <StatusTag status={r.state} /> },
    {
      title: '操作',
      key: 'actions',
      render: (_, r) =>
        canProcess(r.state).ok ? (
          <Button
            size="small"
            type="primary"
            aria-label={`处理 ${r.number}`}
            onClick={() => void navigate(paths.respondToVerification(r.id))}
          >
            处理
          </Button>
        ) : (
          <Link to={paths.verification(r.id)} aria-label={`查看 ${r.number}`}>
            查看
          </Link>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <SearchForm label="查询核查记录单" onSearch={urlList.search} onReset={urlList.reset}>
          <FilterFields filters={filters} draft={draft} onChange={setDraft} />
        </SearchForm>
      </Card>
      <ListTable query={list} list={urlList} columns={columns} table={TABLE} />
    </Space>
  );
}
