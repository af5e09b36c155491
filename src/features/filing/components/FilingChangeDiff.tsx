import { Table, Typography } from 'antd';
import { useWatch, type Control } from 'react-hook-form';
import { filingChanges } from '@/domain/filing/filingDisplay';
import type { FilingData, FilingDraft } from '@/contract/filing';
import { TableScroll } from '@/components/TableScroll';

/** 变更内容: every field and document that differs from the approved filing, live as the user types. */
export function FilingChangeDiff({
  control,
  approved,
}: {
  control: Control<FilingDraft, unknown, FilingData>;
  approved: FilingDraft;
}) {
  const values = useWatch({ control }) as FilingDraft;
  const rows = filingChanges(approved, { ...approved, ...values });
  return (
    <section aria-label="变更内容">
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        变更内容（与已备案信息相比）
      </Typography.Title>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">尚未修改任何项目。</Typography.Text>
      ) : (
        <TableScroll label="变更内容">
          <Table
            size="small"
            scroll={{ x: 'max-content' }}
            rowKey="key"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: '项目', dataIndex: 'label' },
              { title: '变更前', dataIndex: 'before' },
              { title: '变更后', dataIndex: 'after' },
            ]}
          />
        </TableScroll>
      )}
    </section>
  );
}
