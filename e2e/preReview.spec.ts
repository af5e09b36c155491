// 产品预审 end to end, in Chinese: a sheet of several lines, percentages updating as one types, a
// rule violation found through the page's link and fixed, 申报, customs approval, approved; and a
// seeded record's life cycle through change, cancellation and restore with customs' outcomes.
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signOutAndIn } from './session';
import { confirmDeclaration } from './declare';
import { fillLine as line } from './costSheetLines';
import { expect, startAt, test } from './signedIn';

test.use({ account: 'jinggong' });

test('a pre-review from typing to customs approval', async ({ page }) => {
  await startAt(page);
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '产品预审', exact: true })
    .click();
  await page.getByRole('button', { name: '新增产品预审' }).click();
  await expect(page.getByRole('heading', { name: '新增产品预审' })).toBeVisible();

  await page.getByLabel('产品中文名称').fill('精密滚珠丝杠');
  await page.getByLabel('产品英文名称').fill('Precision ball screw');
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
  await confirmDeclaration(page);
  await expect(page.getByText('已申报，请等待海关审核。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '精密滚珠丝杠', level: 2 })).toBeVisible();
  await expect(page.getByLabel('当前状态')).toContainText('申报');
  await expectNoAxeViolations(page, '产品预审');

  await signOutAndIn(page, 'haiguan');
  await page.getByRole('button', { name: '审核 宁波海曙精工机械有限公司 的产品预审申请' }).click();
  await expect(page.getByRole('dialog')).toContainText('23.00%');
  await page.getByRole('dialog').getByRole('radio', { name: '审核通过' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交审核结果' }).click();
  await expect(page.getByText(/产品预审申请审核通过/)).toBeVisible();

  await signOutAndIn(page, 'jinggong');
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '产品预审', exact: true })
    .click();
  const row = page.getByRole('row', { name: /精密滚珠丝杠/ });
  await expect(row).toContainText('正常');
  await expect(row).toContainText('审核通过');
  await expect(row).toContainText('23.00%');
});

async function decide(
  page: Page,
  kind: string,
  decision: '审核通过' | '审核不通过',
  opinion = '',
  check?: (drawer: Locator) => Promise<void>,
) {
  await signOutAndIn(page, 'haiguan');
  await page.getByRole('button', { name: `审核 宁波海曙精工机械有限公司 的${kind}` }).click();
  const drawer = page.getByRole('dialog');
  await check?.(drawer);
  await drawer.getByRole('radio', { name: decision }).click();
  if (opinion) await drawer.getByLabel('审核意见').fill(opinion);
  await drawer.getByRole('button', { name: '提交审核结果' }).click();
  await expect(
    page.getByText(`已审核：宁波海曙精工机械有限公司 的${kind}${decision}。`, { exact: false }),
  ).toBeVisible();
  await signOutAndIn(page, 'jinggong');
}

async function openSpindle(page: Page) {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '产品预审', exact: true })
    .click();
  await page.getByRole('link', { name: '数控机床主轴', exact: true }).click();
  await expect(page.getByRole('heading', { name: '数控机床主轴', level: 2 })).toBeVisible();
}

async function withReason(page: Page, action: string, reason: string) {
  await page.getByRole('button', { name: `${action} 数控机床主轴` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('申请说明').fill(reason);
  // The dialog says the action makes a draft, and declares it too when asked.
  await expect(dialog.getByText(`确定后生成一份${action}申请（暂存），还需申报`)).toBeVisible();
  await dialog.getByRole('button', { name: `${action}并申报` }).click();
  await expect(page.getByText(`已申报${action}申请，请等待海关审核。`)).toBeVisible();
  await expect(page.getByLabel('当前状态')).toContainText(`状态 ${action}申请状态 申报`);
}

test('a pre-review’s life: a rejected change, a cancellation, a rejected restore (ST1, ST3)', async ({
  page,
}) => {
  await startAt(page);
  await openSpindle(page);
  await expect(page.getByLabel('当前状态')).toContainText(`状态 正常申请状态 审核通过`);

  // 变更 its name and 申报.
  await page.getByRole('button', { name: '变更 数控机床主轴' }).click();
  await expect(page.getByRole('heading', { name: '修改产品预审' })).toBeVisible();
  await page.getByLabel('产品中文名称').fill('数控机床电主轴');
  await page.getByRole('button', { name: '申报' }).click();
  await confirmDeclaration(page);
  await expect(page.getByRole('heading', { name: '数控机床电主轴', level: 2 })).toBeVisible();
  await expect(page.getByLabel('当前状态')).toContainText(`状态 变更申请状态 申报`);

  // Customs sees what changed (before and after), and rejects it.
  await decide(page, '产品预审变更申请', '审核不通过', '名称与出口发票不一致', async (drawer) => {
    await expect(drawer).toContainText('数控机床主轴');
    await expect(drawer).toContainText('数控机床电主轴');
  });

  // ST1: the list shows the old name and states; the history shows the rejected change.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '产品预审', exact: true })
    .click();
  const row = page.getByRole('row', { name: /数控机床主轴/ });
  await expect(row).toContainText('正常');
  await expect(row).toContainText('审核通过');
  await expect(page.getByRole('row', { name: /数控机床电主轴/ })).toHaveCount(0);
  await openSpindle(page);
  const history = page.getByRole('region', { name: '申请记录' });
  const rejected = history.getByRole('row', { name: /产品预审变更申请/ });
  await expect(rejected).toContainText('审核不通过');
  await expect(rejected).toContainText('名称与出口发票不一致');
  await rejected.getByRole('button', { name: /展开/ }).click();
  const diff = page.getByRole('table', { name: '第 2 次申请的变更内容' });
  await expect(diff.getByRole('row', { name: /产品中文名称/ })).toContainText('数控机床主轴');
  await expect(diff.getByRole('row', { name: /产品中文名称/ })).toContainText('数控机床电主轴');
  await expectNoAxeViolations(page, '产品预审详情');

  // 注销 → approved.
  await withReason(page, '注销', '该型号已停产');
  await decide(page, '产品预审注销申请', '审核通过');
  await openSpindle(page);
  await expect(page.getByLabel('当前状态')).toContainText(`状态 注销申请状态 审核通过`);

  // 恢复 → rejected: ST3, it shows 注销.
  await withReason(page, '恢复', '恢复生产');
  await decide(page, '产品预审恢复申请', '审核不通过', '停产证明未撤销');
  await openSpindle(page);
  await expect(page.getByLabel('当前状态')).toContainText(`状态 注销申请状态 审核不通过`);
  await expect(history.getByRole('row', { name: /产品预审恢复申请/ })).toContainText('停产证明未撤销');
  await expect(page.getByRole('button', { name: '恢复 数控机床主轴' })).toBeVisible();
});
