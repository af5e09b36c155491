// One production detail line: its inputs, 原料单价 × 单位产品用料 (PR4), whether the values balance,
// a one-click fill of the remaining value, its rule messages, and the line's actions.
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { memo } from 'react';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { computeLine, showAmount } from '@/domain/preReview/costSheet';
import { lineLabels, type Sheet } from '@/contract/sheet';
import type { LineColumn } from '../model/lineCells';
import { lineColumns } from '../model/lineColumns';
import { type ViolationStore } from '../model/violationStore';
import { LineCell } from './LineCell';
import { actionsCell, AMOUNT_WIDTH, cell, columnCell, numberCell, rowStyle, ROW_WIDTH } from './gridLayout';
import { useViolationsUnder } from './useViolations';

interface LineRowProps {
  index: number;
  count: number;
  control: Control<Sheet>;
  setValue: UseFormSetValue<Sheet>;
  store: ViolationStore;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
  /** The columns of this line inside the selected block of cells, or null. */
  selected: readonly LineColumn[] | null;
}

/** A cell inside the selected block, as a spreadsheet shows it. */
const selectedCell = { background: '#e6f4ff', boxShadow: 'inset 0 0 0 1px #91caff' } as const;

function RowMessages({ store, index }: { store: ViolationStore; index: number }) {
  const messages = useViolationsUnder(store, `lines.${index}.`);
  if (messages.length === 0) return null;
  // A cell across the row, so that the table keeps only cells inside its rows.
  return (
    // It stays at the left of the view and as wide as the view (100cqw of the scrolling table), so
    // every message is read in full, wrapped, however far the line is scrolled sideways.
    <div
      role="cell"
      aria-colspan={lineColumns.length + 3}
      style={{
        position: 'sticky',
        left: 0,
        width: `min(100cqw, ${ROW_WIDTH}px)`,
        boxSizing: 'border-box',
        padding: '2px 8px 6px 48px',
      }}
    >
      <div role="alert" style={{ color: '#cf1322', fontSize: 13, whiteSpace: 'normal' }}>
        {messages.join('；')}
      </div>
    </div>
  );
}

/**
 * 单价×用料 and whether the values balance. The one part of a row that depends on what is typed:
 * watching the line here (not in the row) keeps a keystroke from re-rendering the row's buttons.
 */
function LineAmount({
  control,
  setValue,
  index,
}: {
  control: Control<Sheet>;
  setValue: UseFormSetValue<Sheet>;
  index: number;
}) {
  const line = useWatch({ control, name: `lines.${index}` });
  const result = line ? computeLine(line) : null;
  const row = index + 1;
  return (
    <span
      role="cell"
      style={{ ...cell(AMOUNT_WIDTH), fontVariantNumeric: 'tabular-nums' }}
      aria-label={`第 ${row} 行 单价×用料`}
    >
      {result?.amount ? showAmount(result.amount) : '—'}{' '}
      {result?.balanced === true && <span style={{ color: '#237804' }}>✓ 相符</span>}
      {result?.balanced === false && <span style={{ color: '#cf1322' }}>✗ 不相符</span>}
      {result?.fill && (
        <Button
          size="small"
          type="link"
          aria-label={`第 ${row} 行 按单价×用料填入${lineLabels[result.fill.field]} ${result.fill.value}`}
          onClick={() =>
            result.fill &&
            setValue(`lines.${index}.${result.fill.field}`, result.fill.value, { shouldDirty: true })
          }
        >
          填入 {result.fill.value}
        </Button>
      )}
    </span>
  );
}

export const LineRow = memo(function LineRow({
  index,
  count,
  control,
  setValue,
  store,
  onDuplicate,
  onRemove,
  onMove,
  selected,
}: LineRowProps) {
  const row = index + 1;
  return (
    <div role="row" aria-rowindex={row + 1} style={{ borderBottom: '1px solid #f0f0f0', background: '#fff' }}>
      <div style={{ ...rowStyle, padding: '6px 0' }}>
        <span role="cell" style={{ ...numberCell, color: 'rgba(0,0,0,0.65)' }}>
          {row}
        </span>
        {lineColumns.map(({ key, width, numeric }) => (
          <span
            role="cell"
            key={key}
            style={
              selected?.includes(key)
                ? { ...columnCell(key, width), ...selectedCell }
                : columnCell(key, width)
            }
            data-selected={selected?.includes(key) || undefined}
          >
            <LineCell
              control={control}
              store={store}
              name={`lines.${index}.${key}`}
              label={`第 ${row} 行 ${lineLabels[key]}`}
              numeric={numeric}
            />
          </span>
        ))}
        <LineAmount control={control} setValue={setValue} index={index} />
        <span role="cell" style={actionsCell}>
          {/* Named by title on hover and aria-label for screen readers: antd's Tooltip, four a row,
              cost more than the rest of the row each time a scroll brought one into view. */}
          <div style={{ display: 'flex' }}>
            {[
              {
                title: '上移',
                name: `第 ${row} 行上移`,
                icon: <ArrowUpOutlined />,
                off: index === 0,
                act: () => onMove(index, index - 1),
              },
              {
                title: '下移',
                name: `第 ${row} 行下移`,
                icon: <ArrowDownOutlined />,
                off: index === count - 1,
                act: () => onMove(index, index + 1),
              },
              {
                title: '复制',
                name: `复制第 ${row} 行`,
                icon: <CopyOutlined />,
                off: false,
                act: () => onDuplicate(index),
              },
              {
                title: '删除',
                name: `删除第 ${row} 行`,
                icon: <DeleteOutlined />,
                off: false,
                danger: true,
                act: () => onRemove(index),
              },
            ].map(({ title, name, icon, off, danger = false, act }) => (
              <Button
                key={title}
                title={title}
                size="small"
                type="text"
                danger={danger}
                icon={icon}
                aria-label={name}
                disabled={off}
                onClick={act}
              />
            ))}
          </div>
        </span>
      </div>
      <RowMessages store={store} index={index} />
    </div>
  );
});
