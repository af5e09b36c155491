// Every download on the two downloads pages gives a real, non-empty file of the announced type,
// checked by its content, under its announced name.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readFirstSheet, XLSX_TYPE } from '@/lib/spreadsheet';
import { catchDownloads } from '@/test/downloads';
import { renderApp, signIn } from '@/test/renderApp';

const startsWith = async (blob: Blob, bytes: number[]) =>
  [...new Uint8Array(await blob.slice(0, bytes.length).arrayBuffer())].join() === bytes.join();

describe('资料下载', () => {
  it('电子资料模板下载: three .xlsx templates, each a readable workbook with its header row', async () => {
    const downloads = catchDownloads();
    await signIn('jinggong');
    const { user } = renderApp('/downloads/templates');
    const buttons = await screen.findAllByRole('button', { name: /^下载 .*\.xlsx$/ }, { timeout: 5_000 });
    expect(buttons).toHaveLength(3);
    for (const button of buttons) await user.click(button);
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(downloads.map((d) => d.name)).toEqual([
      '产品生产明细模板.xlsx',
      '生产工艺流程说明模板.xlsx',
      '原材料采购凭证清单模板.xlsx',
    ]);
    const firstCells: string[] = [];
    for (const { blob } of downloads) {
      expect(blob.type).toBe(XLSX_TYPE);
      expect(blob.size).toBeGreaterThan(1000);
      expect(await startsWith(blob, [0x50, 0x4b, 0x03, 0x04])).toBe(true);
      firstCells.push((await readFirstSheet(blob))[0]?.[0] ?? '');
    }
    expect(firstCells).toEqual(['原料名称', '工序序号', '序号']);
  });

  it('海关原产地证-资料下载: three written documents marked 演示资料', async () => {
    const downloads = catchDownloads();
    await signIn('jinggong');
    const { user } = renderApp('/downloads/materials');
    const buttons = await screen.findAllByRole('button', { name: /^下载 .*\.html$/ }, { timeout: 5_000 });
    for (const button of buttons) await user.click(button);
    await waitFor(() => expect(downloads).toHaveLength(3));
    for (const { name, blob } of downloads) {
      expect(blob.type).toBe('text/html;charset=utf-8');
      const text = await blob.text();
      expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(text).toContain('演示资料');
      expect(text).toContain(`<h1>${name.replace('（演示资料）.html', '')}</h1>`);
      expect(text.length).toBeGreaterThan(1500);
    }
  });

  it('no downloaded file shows a rule code (FR1, PR4 …): every sheet of every template, every document', async () => {
    const downloads = catchDownloads();
    await signIn('jinggong');
    const { user, unmount } = renderApp('/downloads/templates');
    for (const button of await screen.findAllByRole('button', { name: /^下载 / }, { timeout: 5_000 }))
      await user.click(button);
    await waitFor(() => expect(downloads).toHaveLength(3));
    unmount();
    const { user: again } = renderApp('/downloads/materials');
    for (const button of await screen.findAllByRole('button', { name: /^下载 / }, { timeout: 5_000 }))
      await again.click(button);
    await waitFor(() => expect(downloads).toHaveLength(6));

    const { default: readWorkbook } = await import('read-excel-file/universal');
    for (const { name, blob } of downloads) {
      const text = name.endsWith('.xlsx')
        ? (await readWorkbook(await blob.arrayBuffer())).flatMap((sheet) => sheet.data.flat()).join(' ')
        : (await blob.text()).replace(/<[^>]*>/g, ' ');
      expect(text.length, name).toBeGreaterThan(100);
      expect(text.match(/\b(?:FR|PR|ST|VR)\d/)?.[0], name).toBeUndefined();
    }
  });
});
