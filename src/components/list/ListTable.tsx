// A list page's table: one page of rows as the service answered it, paged and sorted through the
// list hook, or what went wrong and 重试.
import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType, type TableProps } from 'antd';
import { RequestErrorAlert } from '../RequestErrorAlert';

/** What a list hook offers its table (useUrlList's `tableProps`): paging and sorting in the URL. */
interface PagedList {
  tableProps: <Row>(total: number) => Pick<TableProps<Row>, 'onChange' | 'pagination'>;
}

/**
 * A list's table, fixed per page: where the service's answer keeps the rows (each list names
 * them after what they are), and what the table says when the list cannot be read or is empty.
 */
export interface ListTableSpec<Key extends PropertyKey> {
  rows: Key;
  error: string;
  empty: string;
}

type RowOf<Page, Key extends keyof Page> = Page[Key] extends readonly (infer Row)[] ? Row : never;

export function ListTable<Page extends { total: number }, Key extends keyof Page>({
  query,
  list,
  columns,
  table,
}: {
  query: UseQueryResult<Page>;
  list: PagedList;
  columns: TableColumnsType<RowOf<Page, Key>>;
  table: ListTableSpec<Key>;
}) {
  if (query.error)
    return <RequestErrorAlert error={query.error} title={table.error} onRetry={() => void query.refetch()} />;
  const rows = query.data ? (query.data[table.rows] as RowOf<Page, Key>[]) : [];
  return (
    <Table<RowOf<Page, Key>>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={query.isFetching}
      {...list.tableProps<RowOf<Page, Key>>(query.data?.total ?? 0)}
      locale={{ emptyText: table.empty }}
    />
  );
}
