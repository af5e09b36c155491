// The printed 产品成本明细单 in a real browser: a 60-line sheet's print preview, its page 2 (the
// header repeated, its own page number) saved as a screenshot, the browser's own print of it (a
// PDF) with as many A4 landscape pages as the preview shows, and the preview's accessibility.
import { expectNoAxeViolations } from './axe';
import { expect, test } from './signedIn';

test.use({ account: 'jinggong' });

test('a 60-line sheet prints on A4 landscape pages, each with the header and its number', async ({
  page,
}, testInfo) => {
  await page.goto('/pre-reviews/new');
  await page.getByLabel('产品中文名称', { exact: true }).fill('不锈钢保温杯');
  await page.getByLabel('规格型号', { exact: true }).fill('BW-500');
  await page.getByLabel('HS编码', { exact: true }).fill('9617001900');
  const rows = Array.from({ length: 60 }, (_, i) =>
    [
      `原料${i + 1}`,
      i % 2 ? '72285000' : '',
      i % 2 ? '日本' : '江苏省',
      '千克',
      '1.5',
      '2',
      i % 2 ? '0' : '3',
      i % 2 ? '3' : '0',
    ].join('\t'),
  );
  await page.getByRole('button', { name: '从表格导入' }).click();
  await page.getByLabel('粘贴表格内容').fill(rows.join('\n'));
  await page.getByRole('button', { name: '预览粘贴的内容' }).click();
  await page.getByRole('button', { name: '导入 60 行' }).click();
  await expect(page.getByText('共 60 行')).toBeVisible();

  await page.getByRole('button', { name: '打印成本明细单' }).click();
  const preview = page.getByRole('dialog', { name: '产品成本明细单打印预览' });
  const pages = preview.getByRole('region', { name: /^第 \d+ 页$/ });
  await expect(pages.first()).toBeVisible();
  const count = await pages.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(preview.getByText(`产品成本明细单 · A4 横向 · 共 ${count} 页`)).toBeVisible();

  const second = preview.getByRole('region', { name: '第 2 页' });
  await second.scrollIntoViewIfNeeded();
  await expect(second.getByRole('group', { name: '页眉' })).toContainText('产品成本明细单');
  await expect(second.getByRole('group', { name: '页眉' })).toContainText('产品：不锈钢保温杯（BW-500）');
  await expect(second.getByRole('columnheader', { name: '原料非原产价值' })).toBeVisible();
  await expect(second.getByText(`第 2 页 共 ${count} 页`)).toBeVisible();
  // A4 landscape: 297 × 210.
  const box = await second.boundingBox();
  expect(box && Math.round((box.width / box.height) * 100)).toBe(Math.round((297 / 210) * 100));
  await second.screenshot({ path: testInfo.outputPath('print-page-2.png') });
  await testInfo.attach('print-page-2', {
    path: testInfo.outputPath('print-page-2.png'),
    contentType: 'image/png',
  });

  await expectNoAxeViolations(page, 'the cost sheet’s print preview');

  // After the form's pages, the 原产地标准预判 on a page of its own (not counted in the form's).
  await expect(preview.getByRole('region', { name: '附页：原产地标准预判' })).toContainText(
    '预判，仅供参考，以海关审核为准',
  );

  // The browser's print: only the pages, as many as the preview shows, and the one appendix page.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const printed = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(printed.length).toBe(count + 1);
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: '关闭预览' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('button', { name: '打印成本明细单' })).toBeFocused();
});
