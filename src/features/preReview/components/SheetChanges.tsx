import { Table } from 'antd';
import type { FieldChange } from '@/domain/preReview/sheetDiff';
import { TableScroll } from '@/components/TableScroll';

/** A change, field by field: 变更前 and 变更后 side by side. */
export function SheetChanges({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (changes.length === 0) return <p>与变更前相同，没有改动任何项目。</p>;
  return (
    <TableScroll label={caption}>
      <Table<FieldChange>
        size="small"
        scroll={{ x: 'max-content' }}
        rowKey="label"
        aria-label={caption}
        pagination={changes.length > 20 ? { pageSize: 20, hideOnSinglePage: true } : false}
        dataSource={changes}
        columns={[
          { title: '项目', dataIndex: 'label', width: '24%' },
          { title: '变更前', dataIndex: 'before', render: (v: string) => v || '（空）' },
          { title: '变更后', dataIndex: 'after', render: (v: string) => v || '（空）' },
        ]}
      />
    </TableScroll>
  );
}
