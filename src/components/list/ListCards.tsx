// A list's rows on a phone: one card per row, read top to bottom, from the same columns as the
// table (the first names the card, 操作 goes to its foot, the rest are label: value pairs), so a
// list needs no second description of itself. Paging is the table's, through the URL.
import {
  Card,
  Descriptions,
  Empty,
  Pagination,
  Space,
  Spin,
  type TableColumnsType,
  type TablePaginationConfig,
} from 'antd';
import type { ReactNode } from 'react';

type Column<Row> = TableColumnsType<Row>[number];

const ACTIONS = '操作';

/** What a column shows for a row, as its table cell would (its render, or the value at dataIndex). */
function cellOf<Row>(column: Column<Row>, row: Row, index: number): ReactNode {
  const dataIndex = 'dataIndex' in column ? column.dataIndex : undefined;
  const value =
    typeof dataIndex === 'string' || typeof dataIndex === 'number'
      ? (row as Record<string | number, unknown>)[dataIndex]
      : undefined;
  if (column.render) {
    const rendered = column.render(value, row, index);
    return rendered as ReactNode;
  }
  return value as ReactNode;
}

export function ListCards<Row>({
  rows,
  columns,
  loading,
  empty,
  pagination,
  onPage,
}: {
  rows: readonly Row[];
  columns: TableColumnsType<Row>;
  loading: boolean;
  empty: string;
  pagination: TablePaginationConfig;
  onPage: (page: number, pageSize: number) => void;
}) {
  const [first, ...rest] = columns;
  const actions = rest.find((c) => c.title === ACTIONS);
  const fields = rest.filter((c) => c !== actions);
  const total = pagination.total ?? rows.length;
  return (
    <Spin spinning={loading}>
      {rows.length === 0 ? (
        // While the first page loads, the spinner says so; "empty" only once the answer is in.
        loading ? (
          <div style={{ minHeight: 120 }} />
        ) : (
          <Empty description={empty} />
        )
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ul
            aria-label="列表"
            className="list-cards"
            style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}
          >
            {rows.map((row, index) => (
              <li key={String((row as { id?: unknown }).id ?? index)}>
                <Card size="small" title={first ? cellOf(first, row, index) : undefined}>
                  <Descriptions
                    size="small"
                    column={1}
                    items={fields.map((column, i) => ({
                      key: String(column.key ?? i),
                      label: column.title as ReactNode,
                      // A block: antd lays a value out as a row, which put a cell's lines side by side.
                      children: <div className="list-card-value">{cellOf(column, row, index)}</div>,
                    }))}
                  />
                  {actions && <div style={{ marginTop: 8 }}>{cellOf(actions, row, index)}</div>}
                </Card>
              </li>
            ))}
          </ul>
          {!(pagination.hideOnSinglePage && total <= (pagination.pageSize ?? total)) && (
            <Pagination
              simple
              align="center"
              current={pagination.current}
              pageSize={pagination.pageSize}
              total={total}
              showTotal={(n) => `共 ${n} 条`}
              onChange={onPage}
            />
          )}
        </Space>
      )}
    </Spin>
  );
}
