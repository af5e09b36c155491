// A list page's table: one page of rows as the service answered it, or what went wrong and 重试.
import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType, type TableProps } from 'antd';
import { RequestErrorAlert } from '../RequestErrorAlert';

export function ListTable<Row extends { id: string }, Page>({
  query,
  rows,
  total,
  columns,
  tableProps,
  errorTitle,
  emptyText,
}: {
  query: UseQueryResult<Page>;
  rows: (page: Page) => Row[];
  total: (page: Page) => number;
  columns: TableColumnsType<Row>;
  /** The list hook's paging and sorting (useUrlList's `tableProps`). */
  tableProps: (total: number) => Pick<TableProps<Row>, 'onChange' | 'pagination'>;
  errorTitle: string;
  emptyText: string;
}) {
  if (query.error)
    return <RequestErrorAlert error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />;
  return (
    <Table<Row>
      rowKey="id"
      columns={columns}
      dataSource={query.data ? rows(query.data) : []}
      loading={query.isFetching}
      {...tableProps(query.data ? total(query.data) : 0)}
      locale={{ emptyText }}
    />
  );
}
