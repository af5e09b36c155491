// A list page's table: one page of rows as the service answered it, paged and sorted through the
// list hook, or what went wrong and 重试.
import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType, type TablePaginationConfig, type TableProps } from 'antd';
import { RequestErrorAlert } from '../RequestErrorAlert';
import { useNarrowScreen } from '../useNarrowScreen';
import { TableScroll } from '../TableScroll';
import { ListCards } from './ListCards';
import { QueryPending, type PendingFlag } from './QueryPending';

/** What a list hook offers its table (useUrlList's): paging and sorting in the URL. */
interface PagedList {
  tableProps: <Row>(
    total: number,
  ) => Pick<TableProps<Row>, 'onChange'> & { pagination: TablePaginationConfig };
  update: (change: { page: number; pageSize: number }) => void;
  pending: PendingFlag;
}

/**
 * A list's table, fixed per page: where the service's answer keeps the rows (each list names
 * them after what they are), and what the table says when the list cannot be read or is empty.
 */
export interface ListTableSpec<Key extends PropertyKey> {
  rows: Key;
  /** Names the table's scrolling box for a screen reader. */
  label: string;
  error: string;
  empty: string;
}

type RowOf<Page, Key extends keyof Page> = Page[Key] extends readonly (infer Row)[] ? Row : never;

/** 操作 stays at the right edge while a wide table scrolls: what can be done is never off-screen. */
function keepActionsInView<Row>(column: TableColumnsType<Row>[number]): TableColumnsType<Row>[number] {
  return column.title === '操作' ? { ...column, fixed: 'right' } : column;
}

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
  // On a phone the rows are cards; a table of eight columns is unreadable there.
  const narrow = useNarrowScreen();
  if (query.error)
    return <RequestErrorAlert error={query.error} title={table.error} onRetry={() => void query.refetch()} />;
  const rows = query.data ? (query.data[table.rows] as RowOf<Page, Key>[]) : [];
  const paging = list.tableProps<RowOf<Page, Key>>(query.data?.total ?? 0);
  if (narrow)
    return (
      <>
        <QueryPending flag={list.pending} />
        <ListCards<RowOf<Page, Key>>
          rows={rows}
          columns={columns}
          loading={query.isFetching}
          empty={table.empty}
          pagination={paging.pagination}
          onPage={(page, pageSize) => list.update({ page, pageSize })}
        />
      </>
    );
  return (
    <TableScroll label={table.label}>
      <QueryPending flag={list.pending} />
      <Table<RowOf<Page, Key>>
        rowKey="id"
        columns={columns.map(keepActionsInView)}
        dataSource={rows}
        loading={query.isFetching}
        // The body scrolls sideways only (the page scrolls down), so antd's scroll to the first row
        // on a new page or sort moves nothing — but it animated for 450 ms, forcing a layout every
        // frame while the new rows rendered (a sort's time doubled at 4× CPU).
        scroll={{ x: 'max-content', scrollToFirstRowOnChange: false }}
        {...paging}
        // While the list loads, the spinner says so; the empty text only once the answer is in.
        locale={{ emptyText: query.isPending ? ' ' : table.empty }}
      />
    </TableScroll>
  );
}
