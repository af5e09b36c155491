// 产品预审 end to end, in Chinese: a sheet of several lines, percentages updating as one types, a
// rule violation found through the page's link and fixed, 申报, customs approval, approved.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.getByRole('button', { name: `使用演示账号 ${username}` }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
}

async function line(page: Page, row: number, values: string[]) {
  const labels = [
    '原料名称',
    '原料HS编码',
    '原产国(地区)',
    '计量单位',
    '原料单价',
    '单位产品用料',
    '原料原产价值',
    '原料非原产价值',
  ];
  for (const [i, label] of labels.entries())
    await page.getByLabel(`第 ${row} 行 ${label}`, { exact: true }).fill(values[i] ?? '');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/demo?scenario=standard&latency=off');
  await expect(page.getByRole('heading', { name: '演示数据管理' })).toBeVisible();
});

test('a pre-review from typing to customs approval', async ({ page }) => {
  await login(page, 'jinggong');
  await page.getByRole('link', { name: '产品预审' }).click();
  await page.getByRole('button', { name: '新增产品预审' }).click();
  await expect(page.getByRole('heading', { name: '新增产品预审' })).toBeVisible();

  await page.getByLabel('产品中文名称').fill('数控机床主轴');
  await page.getByLabel('产品英文名称').fill('CNC spindle');
  await page.getByLabel('规格型号').fill('SP-120');
  await page.getByLabel('HS编码', { exact: true }).fill('84669310');
  await page.getByLabel('计量单位', { exact: true }).fill('件');
  await page.getByLabel('单位产品出厂价').fill('100.00');
  await page.getByLabel('单位产品 FOB 值').fill('120.00');
  await page.getByLabel('是否含有进口成分').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('是', { exact: true }).click();
  await page.getByLabel('加工工序').fill('车削、热处理、磨削、装配');

  await line(page, 1, ['合金钢棒', '72285000', '日本', '千克', '12.5', '2', '10', '15']);
  await expect(page.getByTestId('percent-ex-factory')).toHaveText('15.00%');
  await expect(page.getByTestId('percent-fob')).toHaveText('12.50%');
  await page.getByRole('button', { name: /新增一行/ }).click();
  await line(page, 2, ['包装纸箱', '', '浙江省', '个', '0.1', '3', '0.3', '0']);
  await page.getByRole('button', { name: /新增一行/ }).click();
  await line(page, 3, ['轴承', '84821090', '德国', '套', '4', '2', '0', '7']);
  await expect(page.getByTestId('percent-ex-factory')).toHaveText('22.00%');
  await expectNoAxeViolations(page, '新增产品预审');

  // Line 3 does not balance (4 × 2 = 8 ≠ 7): the page says so and points to it.
  await page.getByRole('button', { name: '申报' }).click();
  const summary = page.getByRole('list', { name: '需要修改的项目' });
  await expect(summary).toContainText(
    '第 3 行：原料单价 × 单位产品用料 = 8，但原料原产价值 + 原料非原产价值 = 7，相差 1',
  );
  await summary.getByRole('button', { name: '定位' }).first().click();
  await expect(page.getByLabel('第 3 行 原料非原产价值', { exact: true })).toBeFocused();
  await page.getByLabel('第 3 行 原料非原产价值', { exact: true }).fill('8');
  await expect(page.getByTestId('percent-ex-factory')).toHaveText('23.00%');
  await expect(page.getByTestId('percent-fob')).toHaveText('19.17%');
  await page.getByRole('button', { name: '申报' }).click();
  await expect(page.getByText('已申报，请等待海关审核。')).toBeVisible();
  await expect(page.getByRole('row', { name: /数控机床主轴/ })).toContainText('申报');
  await expectNoAxeViolations(page, '产品预审列表');

  await page.getByRole('button', { name: '退出' }).click();
  await login(page, 'haiguan');
  await page.getByRole('button', { name: /审核 宁波海曙精工机械有限公司 的产品预审/ }).click();
  await expect(page.getByRole('dialog')).toContainText('23.00%');
  await page.getByRole('dialog').getByRole('button', { name: '提交审核结果' }).click();
  await expect(page.getByText(/产品预审申请审核通过/)).toBeVisible();

  await page.getByRole('button', { name: '退出' }).click();
  await login(page, 'jinggong');
  await page.getByRole('link', { name: '产品预审' }).click();
  const row = page.getByRole('row', { name: /数控机床主轴/ });
  await expect(row).toContainText('正常');
  await expect(row).toContainText('审核通过');
  await expect(row).toContainText('23.00%');
});
