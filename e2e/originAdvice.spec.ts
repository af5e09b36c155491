// 原产地标准预判 end to end: a loudspeaker part (RCEP 8518.90: "CTH or RVC40") whose imported
// membrane from the same heading is 65 % of FOB fails both criteria; the panel names the line to
// change; the exporter sources it locally (its value becomes originating) and sees 满足 with the
// new figure. The worked-out figures are domain.md's (原产地标准预判).
import { expectNoAxeViolations } from './axe';
import { confirmDeclaration } from './declare';
import { signOutAndIn } from './session';
import { fillLine as line } from './costSheetLines';
import { expect, startAt, test } from './signedIn';

test.use({ account: 'jinggong' });

test('a sheet that fails RCEP RVC40, the line to change, and 满足 once it is sourced locally', async ({
  page,
}) => {
  await startAt(page, '/pre-reviews/new');
  await expect(page.getByRole('heading', { name: '新增产品预审' })).toBeVisible();
  await page.getByLabel('产品中文名称').fill('扬声器盆架组件');
  await page.getByLabel('产品英文名称').fill('Loudspeaker frame assembly');
  await page.getByLabel('规格型号').fill('LF-80');
  await page.getByLabel('计量单位', { exact: true }).fill('套');
  await page.getByLabel('是否含有进口成分').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('是', { exact: true }).click();
  await page.getByLabel('加工工序').fill('冲压、注塑、装配');
  await page.getByLabel('HS编码', { exact: true }).fill('8518900000');
  await page.getByLabel('单位产品出厂价').fill('90.00');
  await page.getByLabel('单位产品 FOB 值').fill('100.00');
  await line(page, 1, ['扬声器振膜', '85189000', '美国', '片', '65', '1', '0', '65']);
  await page.getByRole('button', { name: /新增一行/ }).click();
  await line(page, 2, ['钢制盆架', '73269090', '江苏', '个', '10', '1', '10', '0']);

  const rcep = page.getByTestId('origin-advice-RCEP');
  await expect(rcep).toContainText('CTH or RVC40');
  await expect(rcep.getByText('未满足', { exact: true }).first()).toBeVisible();
  await expect(rcep.getByRole('list', { name: 'RCEP的原产地标准' })).toContainText('35.00%');
  // What would make it qualify: line 1, the membrane.
  const suggestion = rcep.getByRole('note').filter({ hasText: '要满足' });
  await expect(suggestion).toContainText('第 1 行 扬声器振膜');
  await expectNoAxeViolations(page, '新增产品预审（原产地标准预判）');

  // Sourced locally: the membrane's value becomes originating (one imported part stays, from
  // the United States, a heading of its own: 73.26, so the CTH holds).
  await suggestion.getByRole('button', { name: '定位' }).click();
  await line(page, 1, ['扬声器振膜', '85189000', '浙江', '片', '65', '1', '65', '0']);
  await line(page, 2, ['钢制盆架', '73269090', '美国', '个', '10', '1', '0', '10']);
  await expect(rcep.getByRole('list', { name: 'RCEP的原产地标准' })).toContainText('90.00%');
  await expect(rcep.locator('.ant-card-extra')).toHaveText('满足');
  await expect(rcep.getByRole('note').filter({ hasText: '要满足' })).toHaveCount(0);

  // The print view carries it on a page of its own, marked as advice.
  await page.getByRole('button', { name: '打印成本明细单' }).click();
  const appendix = page.getByRole('region', { name: '附页：原产地标准预判' });
  await expect(appendix).toContainText('预判，仅供参考，以海关审核为准');
  await expect(appendix).toContainText('区域全面经济伙伴关系协定（RCEP）：满足');
  await page.getByRole('button', { name: '关闭预览' }).click();

  // Declared: the record page shows the same figures, and so does the customs officer's review.
  await page.getByRole('button', { name: '申报' }).click();
  await confirmDeclaration(page);
  await expect(page.getByText('已申报，请等待海关审核。')).toBeVisible();
  const onRecord = page.getByTestId('origin-advice-RCEP');
  await expect(onRecord.locator('.ant-card-extra')).toHaveText('满足');
  await expect(onRecord).toContainText('90.00%');
  await signOutAndIn(page, 'haiguan');
  await page.getByRole('button', { name: '审核 宁波海曙精工机械有限公司 的产品预审申请' }).first().click();
  const review = page.getByRole('dialog').getByTestId('origin-advice-RCEP');
  await expect(review.locator('.ant-card-extra')).toHaveText('满足');
  await expect(review).toContainText('90.00%');
  await expectNoAxeViolations(page, '海关审核（原产地标准预判）');
});
