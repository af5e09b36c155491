// Nothing typed — or imported — is lost, in a real browser: 300 lines pasted into the cost sheet
// survive a reload exactly, the page says what it restored, and once the sheet is saved the next
// 新增 starts empty instead of bringing the submitted product back.
import { confirmDeclaration } from './declare';
import { keptOnThisComputer } from './keptOnThisComputer';
import { expect, test } from './signedIn';

const LINES = 300;
const row = (i: number) =>
  [
    `原料${i + 1}`,
    '72193400',
    i % 2 === 0 ? '江苏省' : '日本',
    '千克',
    '2.5',
    '2',
    i % 2 === 0 ? '5' : '0',
    i % 2 === 0 ? '0' : '5',
  ].join('\t');

test.use({ account: 'jinggong' });

test('300 imported lines come back after a reload, every one; after 暂存 the next 新增 starts empty', async ({
  page,
}) => {
  await page.goto('/pre-reviews/new');
  await page.getByLabel('产品中文名称').fill('不锈钢保温杯');
  await page.getByRole('button', { name: '从表格导入' }).click();
  const dialog = page.getByRole('dialog', { name: '从表格导入产品生产明细' });
  await dialog.getByLabel('粘贴表格内容').fill(Array.from({ length: LINES }, (_, i) => row(i)).join('\n'));
  await dialog.getByRole('button', { name: '预览粘贴的内容' }).click();
  await dialog.getByRole('button', { name: `导入 ${LINES} 行` }).click();
  await expect(page.getByText(`共 ${LINES} 行`)).toBeVisible();

  // No typing after the import: only the import itself can have been kept.
  await keptOnThisComputer(page);
  await page.reload();
  await expect(
    page.getByText(/已恢复您在 .* 未提交的填写内容（产品“不锈钢保温杯”，产品生产明细 300 行）/),
  ).toBeVisible();
  await expect(page.getByText(`共 ${LINES} 行`)).toBeVisible();
  await expect(page.getByLabel('第 1 行 原料名称', { exact: true })).toHaveValue('原料1');
  const restored = await page.evaluate(() => {
    const entry = JSON.parse(localStorage.getItem('origin-portal:wip:jinggong:pre-review:new') ?? 'null') as {
      values: { lines: { materialName: string; origin: string }[] };
    } | null;
    return entry?.values.lines.map((line) => `${line.materialName}|${line.origin}`) ?? [];
  });
  expect(restored).toEqual(
    Array.from({ length: LINES }, (_, i) => `原料${i + 1}|${i % 2 === 0 ? '江苏省' : '日本'}`),
  );
  // The last line too, as the page shows it (the table renders the rows in view).
  await page.getByRole('table', { name: '产品生产明细' }).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(page.getByLabel(`第 ${LINES} 行 原料名称`, { exact: true })).toHaveValue(`原料${LINES}`);

  await page.getByRole('button', { name: '暂存' }).click();
  await expect(page.getByText('已暂存，可稍后继续填写。')).toBeVisible();
  await expect(page).toHaveURL(/\/pre-reviews\/[^/]+\/edit$/);
  await page.goto('/pre-reviews/new');
  await expect(page.getByLabel('产品中文名称')).toHaveValue('');
  await expect(page.getByText(/已恢复您在/)).toHaveCount(0);
});

test('a block pasted past 2,000 lines is said at once, and a reload brings back every line and field', async ({
  page,
  context,
}) => {
  const total = 2_050;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/pre-reviews/new');
  await page.getByLabel('产品中文名称').fill('不锈钢保温杯');
  await page.getByLabel('规格型号', { exact: true }).fill('BW-500');
  await page.getByLabel('HS编码', { exact: true }).fill('9617001900');
  await page.evaluate(
    (text) => navigator.clipboard.writeText(text),
    Array.from({ length: total }, (_, i) => row(i)).join('\n'),
  );
  await page.getByLabel('第 1 行 原料名称', { exact: true }).click();
  await page.keyboard.press('Control+V');

  await expect(page.getByText(`已粘贴到第 1–${total} 行（新增 ${total - 1} 行）`)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '超出产品生产明细上限 50 行' })).toBeVisible();
  await expect(page.getByText(`共 ${total} 行`)).toBeVisible();

  await keptOnThisComputer(page);
  await page.reload();
  await expect(
    page.getByText(/已恢复您在 .* 未提交的填写内容（产品“不锈钢保温杯”，产品生产明细 2050 行）/),
  ).toBeVisible();
  await expect(page.getByText(`共 ${total} 行`)).toBeVisible();
  await expect(
    page.getByText(/超出产品生产明细上限 50 行（最多 2000 行），删除多出的行后才能暂存或申报/),
  ).toBeVisible();
  await expect(page.getByLabel('产品中文名称')).toHaveValue('不锈钢保温杯');
  await expect(page.getByLabel('规格型号', { exact: true })).toHaveValue('BW-500');
  await expect(page.getByLabel('HS编码', { exact: true })).toHaveValue('9617001900');
  const kept = await page.evaluate(() => {
    const entry = JSON.parse(localStorage.getItem('origin-portal:wip:jinggong:pre-review:new') ?? 'null') as {
      values: { lines: { materialName: string }[] };
    } | null;
    return entry?.values.lines.map((line) => line.materialName) ?? [];
  });
  expect(kept).toEqual(Array.from({ length: total }, (_, i) => `原料${i + 1}`));
  await page.getByRole('table', { name: '产品生产明细' }).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(page.getByLabel(`第 ${total} 行 原料名称`, { exact: true })).toHaveValue(`原料${total}`);
});

test('申报 sent, the page left before the answer: the declared product does not come back as unsaved', async ({
  page,
}) => {
  await page.goto('/pre-reviews/pr-jinggong-flange/edit');
  await expect(page.getByLabel('产品中文名称')).toHaveValue('不锈钢法兰');
  await page.getByLabel('规格型号').fill('DN100-PN16');
  // Every submit now takes about 3 s to be answered, as on a slow line.
  await page.evaluate(() =>
    fetch('/api/demo/runtime', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fault: 'slow' }),
    }),
  );
  await page.getByRole('button', { name: '申报' }).click();
  await confirmDeclaration(page);
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '首页', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  // The answer comes while the user is elsewhere.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const response = await fetch('/api/pre-reviews/pr-jinggong-flange', {
            headers: { Authorization: `Bearer ${localStorage.getItem('origin-portal:session-token')}` },
          });
          return ((await response.json()) as { preReview: { applicationStatus: string } }).preReview
            .applicationStatus;
        }),
      { timeout: 15_000 },
    )
    .toBe('申报');
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('origin-portal:wip:'))),
    )
    .toEqual([]);
  await page.goto('/pre-reviews/pr-jinggong-flange');
  await expect(page.getByLabel('当前状态')).toContainText('申报');
  await expect(page.getByText(/已恢复您在/)).toHaveCount(0);
});
