// A table whose paging and sorting the service does: the query lives in the URL; the table shows
// it and turns the user's clicks into a new query (a new sort starts again at page 1).
import type { TablePaginationConfig, TableProps } from 'antd';

export interface PagedQuery<Sort extends string> {
  page: number;
  pageSize: number;
  /** Absent from a list that is only paged. */
  sort?: Sort;
  order?: 'asc' | 'desc';
}

/** Column props for a column the service can sort by. */
export function sortableColumn<Sort extends string>(field: Sort, query: PagedQuery<Sort>) {
  return {
    sorter: true,
    sortOrder: query.sort === field ? (query.order === 'asc' ? 'ascend' : 'descend') : null,
  } as const;
}

export function serverTableProps<Row, Sort extends string>(
  query: PagedQuery<Sort>,
  options: {
    total: number;
    pageSizes: readonly number[];
    /** The service's order when no column is chosen; none for a list that is only paged. */
    defaultSort?: Sort;
    update: (change: Partial<PagedQuery<Sort>>) => void;
    /** No paging controls while everything fits on one page (short lists that are only paged). */
    hideOnSinglePage?: boolean;
  },
): Pick<TableProps<Row>, 'onChange'> & { pagination: TablePaginationConfig } {
  return {
    onChange: (pagination, _filters, sorter) => {
      if (options.defaultSort === undefined) {
        options.update({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? query.pageSize });
        return;
      }
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const sort = single?.order ? (single.columnKey as Sort) : options.defaultSort;
      const order = single?.order === 'ascend' ? 'asc' : 'desc';
      const sortChanged = sort !== query.sort || order !== query.order;
      options.update({
        page: sortChanged ? 1 : (pagination.current ?? 1),
        pageSize: pagination.pageSize ?? query.pageSize,
        sort,
        order,
      });
    },
    pagination: {
      current: query.page,
      pageSize: query.pageSize,
      total: options.total,
      showSizeChanger: true,
      pageSizeOptions: options.pageSizes.map(String),
      showTotal: (total) => `共 ${total} 条`,
      hideOnSinglePage: options.hideOnSinglePage ?? false,
    },
  };
}
