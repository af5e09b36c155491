// How the printed 产品成本明细单 falls into A4 landscape pages. Each page is laid out by us (its
// own header, column heads and page number) rather than left to the browser's page breaks, so
// every browser prints "第 2 页 共 3 页" and the header on every page, and the screen preview
// shows the pages exactly as they print. Heights are estimated generously from the text's
// length (every character counted as wide as a Chinese one, unless plainly ASCII), so a page's
// lines never run past its bottom; at worst a page ends a little early.
import type { Line, Product } from '@/contract/sheet';
import { pasteColumns } from '../model/lineCells';

/** Millimetres: A4 landscape, and the layout the stylesheet (printSheet.css) draws. */
export const PAGE = { width: 297, height: 210, margin: 12 } as const;
/** One text line of the table at 9pt with line-height 1.35, and a cell's vertical padding. */
const TEXT_LINE = 4.3;
const CELL_PADDING = 2.2;
/** 9pt in millimetres: the width of one Chinese character. */
const EM = 3.175;
const ASCII_EM = 0.62;

/** Column widths in millimetres (序号, then the line's fields); they sum to the printable width. */
export const columnWidths: Record<'number' | (typeof pasteColumns)[number], number> = {
  number: 11,
  materialName: 62,
  materialHs: 25,
  origin: 30,
  unit: 17,
  unitPrice: 30,
  quantity: 30,
  originValue: 34,
  nonOriginValue: 34,
};

/** What a page holds above and below its lines (title and letterhead, column heads, page number). */
const PAGE_HEADER = 24;
const TABLE_HEAD = 12;
const PAGE_FOOTER = 9;
/** The totals row, the percentages, the application's state and the signature block. */
export const CLOSING_HEIGHT = 56;
/** What is left of a page for the lines, with a safety margin for fonts wider than estimated. */
const LINES_BUDGET = (PAGE.height - 2 * PAGE.margin - PAGE_HEADER - TABLE_HEAD - PAGE_FOOTER) * 0.95;

/** How many text lines `text` takes in a cell `width` millimetres wide. */
export function textLines(text: string, width: number): number {
  const usable = width - 2;
  let lines = 1;
  let used = 0;
  for (const part of text.split('\n')) {
    if (used > 0) {
      lines += 1;
      used = 0;
    }
    for (const char of part) {
      const w = (char.codePointAt(0) ?? 0) < 0x7f ? EM * ASCII_EM : EM;
      if (used + w > usable) {
        lines += 1;
        used = 0;
      }
      used += w;
    }
  }
  return lines;
}

/** The printed height of a line's row, in millimetres. */
export function rowHeight(line: Line): number {
  const lines = Math.max(...pasteColumns.map((column) => textLines(line[column], columnWidths[column])));
  return CELL_PADDING + TEXT_LINE * lines;
}

/** 产品信息 in pairs, as the form prints them; 是否含有进口成分 and 加工工序 take a row each. */
export const productPairs = [
  ['nameCn', 'nameEn'],
  ['model', 'hsCode'],
  ['unit', 'currency'],
  ['exFactoryPrice', 'fobValue'],
] as const;
/** A value cell of 产品信息: half the content's width less its label (30 mm). */
const PRODUCT_VALUE_WIDTH = (PAGE.width - 2 * PAGE.margin) / 2 - 30;
const PRODUCT_GAP = 3;

/** The printed height of 产品信息 on the first page, in millimetres. */
export function productHeight(product: Product): number {
  const row = (lines: number) => CELL_PADDING + TEXT_LINE * lines;
  const pairs = productPairs.reduce(
    (sum, [a, b]) =>
      sum +
      row(Math.max(textLines(product[a], PRODUCT_VALUE_WIDTH), textLines(product[b], PRODUCT_VALUE_WIDTH))),
    0,
  );
  const processing = row(textLines(product.processing, PAGE.width - 2 * PAGE.margin - 30));
  return pairs + row(1) + processing + PRODUCT_GAP;
}

export interface PrintPage {
  /** The lines on this page: indexes into the sheet's lines, [from, to). */
  from: number;
  to: number;
  /** The first page carries the product's information. */
  product: boolean;
  /** The last page carries the totals, percentages and signature block. */
  closing: boolean;
}

/**
 * The pages of a sheet: lines fill each page in order, the first page after the product's
 * information (`productHeight` millimetres), and the closing block goes on the last page, or on
 * a page of its own when the last lines leave no room for it. There is always at least one page.
 */
export function paginate(lines: readonly Line[], productHeight: number): PrintPage[] {
  const pages: PrintPage[] = [];
  let from = 0;
  let budget = LINES_BUDGET - productHeight;
  let used = 0;
  lines.forEach((line, i) => {
    const height = rowHeight(line);
    if (used + height > budget && i > from) {
      pages.push({ from, to: i, product: pages.length === 0, closing: false });
      from = i;
      used = 0;
      budget = LINES_BUDGET;
    }
    used += height;
  });
  const last = { from, to: lines.length, product: pages.length === 0, closing: true };
  if (used + CLOSING_HEIGHT <= budget || lines.length === 0) pages.push(last);
  else {
    pages.push({ ...last, closing: false });
    pages.push({ from: lines.length, to: lines.length, product: false, closing: true });
  }
  return pages;
}
