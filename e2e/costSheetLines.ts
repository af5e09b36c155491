// The cost sheet's line cells as a user reaches them: by their labels, 第 n 行 原料名称 and so on.
import type { Page } from '@playwright/test';
import { lineLabels } from '@/contract/sheet';

/** 产品生产明细's columns in order, as the header of a copied block reads (the contract's labels). */
export const LINE_LABELS: string[] = Object.values(lineLabels);

export const lineCell = (page: Page, row: number, label: string) =>
  page.getByLabel(`第 ${row} 行 ${label}`, { exact: true });

/** Types a line's cells in order (missing values leave the cell empty). */
export async function fillLine(page: Page, row: number, values: string[]): Promise<void> {
  for (const [i, label] of LINE_LABELS.entries()) await lineCell(page, row, label).fill(values[i] ?? '');
}
