// 原产地标准预判 end to end: a loudspeaker part (RCEP 8518.90: "CTH or RVC40") whose imported
// membrane from the same heading is 65 % of FOB fails both criteria; the panel names the line to
// change; the exporter sources it locally (its value becomes originating) and sees 满足 with the
// new figure. The worked-out figures are domain.md's (原产地标准预判).
import { expectNoAxeViolations } from './axe';
import { fillLine as line } from './costSheetLines';
import { expect, startAt, test } from './signedIn';

test.use({ account: 'jinggong' });

test('a sheet that fails RCEP RVC40, the line to change, and 满足 once it is sourced locally', async ({
  page,
}) => {
  await startAt(page, '/pre-reviews/new');
  await expect(page.getByRole('heading', { name: '新增产品预审' })).toBeVisible();
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

  // Sourced locally: the membrane's value becomes originating.
  await suggestion.getByRole('button', { name: '定位' }).click();
  await line(page, 1, ['扬声器振膜', '85189000', '浙江', '片', '65', '1', '65', '0']);
  await expect(rcep.getByRole('list', { name: 'RCEP的原产地标准' })).toContainText('100.00%');
  await expect(rcep.locator('.ant-card-extra')).toHaveText('满足');
  await expect(rcep.getByRole('note').filter({ hasText: '要满足' })).toHaveCount(0);
});
