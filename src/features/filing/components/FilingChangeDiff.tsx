import { Table, Typography } from 'antd';
import { useWatch, type Control } from 'react-hook-form';
import { filingFieldDisplay } from '../model/filingDisplay';
import { changedFields } from '../model/filingRules';
import { filingFieldLabels, type FilingData, type FilingDraft } from '../model/filingSchemas';

/** 变更内容: every field that differs from the approved filing, live as the user types. */
export function FilingChangeDiff({
  control,
  approved,
}: {
  control: Control<FilingDraft, unknown, FilingData>;
  approved: FilingDraft;
}) {
  const values = useWatch({ control }) as FilingDraft;
  const rows = changedFields(approved, { ...approved, ...values }).map((key) => ({
    key,
    label: filingFieldLabels[key],
    before: filingFieldDisplay(key, approved[key]),
    after: filingFieldDisplay(key, values[key] ?? ''),
  }));
  return (
    <section aria-label="变更内容">
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        变更内容（与已备案信息相比）
      </Typography.Title>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">尚未修改任何项目。</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '项目', dataIndex: 'label' },
            { title: '变更前', dataIndex: 'before' },
            { title: '变更后', dataIndex: 'after' },
          ]}
        />
      )}
    </section>
  );
}
