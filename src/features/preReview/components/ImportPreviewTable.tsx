// The lines an import will add, as they will read in the sheet, each with the row it had in the
// source; a row with something that could not be read is marked (its messages on hover, and in
// the report above the table).
import { WarningFilled } from '@ant-design/icons';
import { Table, Tooltip, type TableColumnsType } from 'antd';
import { lineLabels } from '@/contract/sheet';
import { TableScroll } from '@/components/TableScroll';
import { isNumericColumn, pasteColumns } from '../model/lineCells';
import type { ImportedLine, ImportPreview } from '../model/importLines';

interface PreviewRow {
  source: number;
  line: ImportedLine;
  problems: string[];
}

const columns: TableColumnsType<PreviewRow> = [
  {
    title: '来源行',
    dataIndex: 'source',
    width: 80,
    fixed: 'left',
    render: (source: number, row) =>
      row.problems.length > 0 ? (
        <Tooltip title={row.problems.join('；')}>
          <span style={{ color: '#d46b08', whiteSpace: 'nowrap' }}>
            <WarningFilled aria-label="有无法读取的内容" /> {source}
          </span>
        </Tooltip>
      ) : (
        source
      ),
  },
  ...pasteColumns.map((column) => ({
    title: lineLabels[column],
    key: column,
    width: column === 'materialName' ? 160 : 110,
    align: isNumericColumn(column) ? ('right' as const) : undefined,
    render: (_: unknown, row: PreviewRow) => row.line[column],
  })),
];

export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const bySource = new Map<number, string[]>();
  for (const p of preview.problems) bySource.set(p.row, [...(bySource.get(p.row) ?? []), p.message]);
  const rows: PreviewRow[] = preview.lines.map((line, i) => {
    const source = preview.sources[i] ?? i + 1;
    return { source, line, problems: bySource.get(source) ?? [] };
  });
  return (
    <TableScroll label="导入预览">
      <Table<PreviewRow>
        aria-label="导入预览"
        style={{ marginTop: 12 }}
        size="small"
        rowKey="source"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        rowClassName={(row) => (row.problems.length > 0 ? 'import-row-problem' : '')}
        pagination={{
          pageSize: 10,
          showSizeChanger: false,
          showTotal: (total) => `待导入 ${total} 行`,
          hideOnSinglePage: true,
        }}
      />
    </TableScroll>
  );
}
