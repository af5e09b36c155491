// Above 产品生产明细: how many lines and whether past the limit, 新增一行, 从表格导入, 撤销 and 重做
// (with their shortcuts), and the selected block with what can be done with it.
import { PlusOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { BlockRange } from '../model/cellBlock';
import { overLimitMessage } from '../model/lineLimit';

interface LinesToolbarProps {
  count: number;
  /** Filled lines past the limit (0: within it). */
  over: number;
  onAdd: () => void;
  onImport: () => void;
  history: { canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void };
  range: BlockRange | null;
}

export function LinesToolbar({ count, over, onAdd, onImport, history, range }: LinesToolbarProps) {
  return (
    <Space style={{ marginBottom: 8 }} wrap>
      <Typography.Text>共 {count} 行</Typography.Text>
      {over > 0 && (
        <Typography.Text type="danger" role="status">
          {overLimitMessage(over)}
        </Typography.Text>
      )}
      <Button icon={<PlusOutlined />} onClick={onAdd}>
        新增一行
      </Button>
      <Button onClick={onImport}>从表格导入</Button>
      {[
        { label: '撤销', keys: 'Ctrl+Z', icon: <UndoOutlined />, can: history.canUndo, take: history.undo },
        { label: '重做', keys: 'Ctrl+Y', icon: <RedoOutlined />, can: history.canRedo, take: history.redo },
      ].map(({ label, keys, icon, can, take }) => (
        <Button key={label} icon={icon} disabled={!can} onClick={take} title={`${label}（${keys}）`}>
          {label}
        </Button>
      ))}
      {range && (
        <Typography.Text role="status">
          已选择 {range.bottom - range.top + 1} 行 × {range.columns.length} 列（Ctrl+C 复制，Ctrl+D 向下填充）
        </Typography.Text>
      )}
    </Space>
  );
}
