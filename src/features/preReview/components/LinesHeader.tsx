// The header row of 产品生产明细, sticking to the top of the lines' scrolling box.
import { lineLabels } from '@/contract/sheet';
import { lineColumns } from '../model/lineColumns';
import {
  actionsCell,
  AMOUNT_WIDTH,
  cell,
  columnCell,
  HEADER_HEIGHT,
  numberCell,
  rowStyle,
  ROW_WIDTH,
} from './gridLayout';

export function LinesHeader() {
  return (
    <div
      role="rowgroup"
      style={{ position: 'sticky', top: 0, zIndex: 5, width: ROW_WIDTH, minWidth: '100%' }}
    >
      <div
        role="row"
        aria-rowindex={1}
        style={{ ...rowStyle, height: HEADER_HEIGHT, background: '#fafafa', fontWeight: 500 }}
      >
        <span role="columnheader" style={numberCell}>
          序号
        </span>
        {lineColumns.map(({ key, width }) => (
          <span role="columnheader" key={key} style={columnCell(key, width)}>
            {lineLabels[key]}
          </span>
        ))}
        <span role="columnheader" style={cell(AMOUNT_WIDTH)}>
          单价×用料
        </span>
        <span role="columnheader" style={actionsCell}>
          操作
        </span>
      </div>
    </div>
  );
}
