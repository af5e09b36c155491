// 产品生产明细 as the spreadsheet exporters use, in a real browser: a 20-row block with its header
// copied to the clipboard and pasted with Ctrl+V into line 3, the keys that move between cells,
// and at 1024 px every line's actions in view without scrolling sideways.
import { expectNoAxeViolations } from './axe';
import { LINE_LABELS as HEADER, fillLine, lineCell as cell } from './costSheetLines';
import { expect, test } from './signedIn';

test.use({ account: 'jinggong' });

test('a copied 20-row block with its header, pasted into line 3 with Ctrl+V, fills 20 lines', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/pre-reviews/new');
  await page.getByLabel('单位产品出厂价').fill('1000.00');
  await page.getByLabel('单位产品 FOB 值').fill('1250.00');
  await fillLine(page, 1, ['合金钢棒', '72285000', '日本', '千克', '12.5', '2', '10', '15']);
  await page.getByRole('button', { name: /新增一行/ }).click();
  await fillLine(page, 2, ['包装纸箱', '', '浙江省', '个', '0.1', '3', '0.3', '0']);
  await expect(page.getByTestId('percent-ex-factory')).toHaveText('1.50%');

  // 20 lines each worth 1 (原产) + 2 (非原产), as Excel copies them: tabs, CRLF, a final break.
  const rows = Array.from({ length: 20 }, (_, i) =>
    [`原料${i + 1}`, '72085100', '韩国', '千克', '3', '1', '1', '2'].join('\t'),
  );
  await page.evaluate(
    (text) => navigator.clipboard.writeText(text),
    [HEADER.join('\t'), ...rows, ''].join('\r\n'),
  );
  await page.getByRole('button', { name: /新增一行/ }).click();
  await cell(page, 3, '原料名称').click();
  await page.keyboard.press('Control+V');

  await expect(page.getByText('共 22 行')).toBeVisible();
  await expect(
    page.getByText('已粘贴到第 3–22 行（新增 19 行），已跳过表头（复制内容第 1 行）'),
  ).toBeVisible();
  await expect(cell(page, 3, '原料名称')).toHaveValue('原料1');
  await expect(cell(page, 3, '原料非原产价值')).toHaveValue('2');
  await expect(cell(page, 1, '原料名称')).toHaveValue('合金钢棒');
  // 非原产 15 + 0 + 20 × 2 = 55: 5.50% of 1000, 4.40% of 1250.
  await expect(page.getByTestId('percent-ex-factory')).toHaveText('5.50%');
  await expect(page.getByTestId('percent-fob')).toHaveText('4.40%');
  // Undo takes the whole paste back (the blank third line as before), then the added line: the 2
  // lines; redo brings both again.
  await page.keyboard.press('Control+Z');
  await expect(page.getByText('共 3 行')).toBeVisible();
  await expect(cell(page, 3, '原料名称')).toHaveValue('');
  await expect(page.getByTestId('percent-ex-factory')).toHaveText('1.50%');
  await page.keyboard.press('Control+Z');
  await expect(page.getByText('共 2 行')).toBeVisible();
  await expect(cell(page, 2, '原料名称')).toHaveValue('包装纸箱');
  await page.keyboard.press('Control+Y');
  await page.keyboard.press('Control+Y');
  await expect(page.getByText('共 22 行')).toBeVisible();
  await expect(page.getByTestId('percent-ex-factory')).toHaveText('5.50%');
  // The last pasted line, as the page shows it (the table renders the lines in view).
  await page.getByRole('table', { name: '产品生产明细' }).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(cell(page, 22, '原料名称')).toHaveValue('原料20');

  // The keys move as in a spreadsheet.
  await cell(page, 21, '原料单价').click();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 22, '原料单价')).toBeFocused();
  await page.keyboard.press('Shift+Enter');
  await expect(cell(page, 21, '原料单价')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cell(page, 21, '单位产品用料')).toBeFocused();
  await page.keyboard.type('4');
  await expect(cell(page, 21, '单位产品用料')).toHaveValue('4'); // the cell moved to was replaced
  await expectNoAxeViolations(page, 'the cost sheet after a block paste');
});

test('at 1024 px the actions of line 1 are in view without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto('/pre-reviews/new');
  const remove = page.getByRole('button', { name: '删除第 1 行' });
  await remove.scrollIntoViewIfNeeded();
  const table = page.getByRole('table', { name: '产品生产明细' });
  expect(await table.evaluate((el) => el.scrollLeft)).toBe(0);
  const [box, view] = [await remove.boundingBox(), await table.boundingBox()];
  expect(box && view && box.x + box.width <= view.x + view.width).toBe(true);
  // Scrolled to the far right, the line's number and material name stay in view.
  await table.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
  const name = await cell(page, 1, '原料名称').boundingBox();
  expect(name && view && name.x >= view.x).toBe(true);
  await expect(cell(page, 1, '原料名称')).toBeInViewport();
});
