// The geometry of 产品生产明细, shared by its header and its lines: every column's width, and the
// columns that stay in view while the others scroll sideways (the line number and the material
// name on the left, the line's actions on the right), so that at 1024 px every column is reachable
// without losing which line it is or how to act on it.
import type { CSSProperties } from 'react';
import { lineColumns } from '../model/lineColumns';

export const NUMBER_WIDTH = 44;
export const AMOUNT_WIDTH = 170;
export const ACTIONS_WIDTH = 136;
/** Header row height, for the virtualiser (the header sits inside the scrolling table). */
export const HEADER_HEIGHT = 40;

export const ROW_WIDTH =
  NUMBER_WIDTH + lineColumns.reduce((sum, column) => sum + column.width, 0) + AMOUNT_WIDTH + ACTIONS_WIDTH;

/** A cell of `width`, its padding inside it (no gaps the scrolling cells could show through). */
export const cell = (width: number): CSSProperties => ({
  width,
  flex: 'none',
  padding: '0 3px',
  boxSizing: 'border-box',
});

// Sticky cells take the row's background, so what scrolls underneath is hidden.
// Above the inputs scrolling under them (antd raises an input's z-index on hover, focus and error).
// They fill the row's height (not only their text's), or the inputs would show above and below.
const sticky: CSSProperties = {
  position: 'sticky',
  zIndex: 3,
  background: 'inherit',
  alignSelf: 'stretch',
  display: 'flex',
  alignItems: 'center',
};

export const numberCell: CSSProperties = {
  ...cell(NUMBER_WIDTH),
  ...sticky,
  left: 0,
  justifyContent: 'flex-end',
};
export const nameCell = (width: number): CSSProperties => ({ ...cell(width), ...sticky, left: NUMBER_WIDTH });
export const actionsCell: CSSProperties = {
  ...cell(ACTIONS_WIDTH),
  ...sticky,
  right: 0,
  boxShadow: '-6px 0 6px -6px rgba(0, 0, 0, 0.25)',
};

/** The style of line column `key`'s cell: the material name stays in view. */
export const columnCell = (key: string, width: number): CSSProperties =>
  key === 'materialName' ? nameCell(width) : cell(width);

export const rowStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  width: ROW_WIDTH,
  minWidth: '100%',
  background: '#fff',
};
