// 核查互动 end to end, in Chinese: customs issues a record requiring two documents; the enterprise
// uploads both and replies; customs returns it; the enterprise adds a document; customs completes it.
import { expectNoAxeViolations } from './axe';
import { signOutAndIn } from './session';
import { choosePdf } from './files';
import { expect, startAt, test } from './signedIn';

test.use({ account: 'haiguan' });

test('customs issues, the enterprise answers, customs returns, the enterprise adds, customs completes', async ({
  page,
}) => {
  // Five changes of role with uploads in between: about a minute alone, more on a busy machine.
  test.setTimeout(180_000);
  // Customs issues a record about the approved 液压油缸, requiring two documents.
  await startAt(page);
  await page.getByRole('link', { name: '发起核查' }).click();
  // The console has labels with 企业 in them too: act only once the new page is there.
  await expect(page.getByRole('heading', { level: 1, name: '发起核查' })).toBeVisible();
  await page.getByLabel('企业', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('宁波海曙精工机械有限公司').click();
  await page.getByRole('combobox', { name: '产品预审' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('液压油缸（HS 84122100）').click();
  const documents = page.getByRole('group', { name: '必须上传的电子资料' });
  await documents.getByLabel('生产记录').check();
  await documents.getByLabel('原材料采购发票').check();
  await page.getByLabel('核查要求').fill('请提供 2026 年第三季度的生产记录和活塞杆的采购发票。');
  await expectNoAxeViolations(page, '发起核查');
  await page.getByRole('button', { name: '发起核查' }).click();
  await expect(page.getByText(/已向 宁波海曙精工机械有限公司 发起核查，核查记录单号 HC\d{12}/)).toBeVisible();

  // The enterprise sees it announced, uploads both documents and replies.
  await signOutAndIn(page, 'jinggong');
  const notices = page.getByRole('list', { name: '待处理的核查记录单' });
  await expect(notices).toContainText('产品预审：液压油缸（HS 84122100）');
  await expect(page.getByRole('navigation', { name: '主导航' })).toContainText('2 条待处理的核查记录单');
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /^核查互动/ })
    .click();
  const row = page.getByRole('row', { name: /液压油缸/ }).filter({ hasText: '待核查' });
  await row.getByRole('button', { name: /^处理 HC/ }).click();
  await expect(page.getByRole('heading', { name: '处理核查记录单' })).toBeVisible();
  await page.getByRole('button', { name: '提交回复' }).click();
  await expect(page.getByText('还需上传 2 项必须上传的电子资料后才能提交')).toBeVisible();
  await choosePdf(page, '原材料采购发票（必须上传）', '活塞杆采购发票.pdf');
  await choosePdf(page, '生产记录（必须上传）', '三季度生产记录.pdf');
  await expect(page.getByRole('button', { name: /下载 三季度生产记录\.pdf/ })).toBeVisible();
  await page.getByLabel('回复说明').fill('已上传第三季度生产记录和活塞杆采购发票。');
  await expectNoAxeViolations(page, '处理核查记录单');
  await page.getByRole('button', { name: '提交回复' }).click();
  await expect(page.getByText('已提交回复，请等待海关处理。')).toBeVisible();
  await expect(page.getByText('第 1 次回复')).toBeVisible();

  // Customs returns it with a reason.
  await signOutAndIn(page, 'haiguan');
  await page.getByRole('button', { name: '审核 宁波海曙精工机械有限公司 的核查回复' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('活塞杆采购发票.pdf');
  await drawer.getByRole('radio', { name: '退回核查' }).click();
  await drawer.getByLabel('审核意见').fill('请补充活塞杆供应商的原产地声明');
  await drawer.getByRole('button', { name: '提交审核结果' }).click();
  await expect(page.getByText(/^已审核：宁波海曙精工机械有限公司 的核查回复退回核查。/)).toBeVisible();

  // The enterprise sees the reason, keeps the earlier files, adds a document and replies again.
  await signOutAndIn(page, 'jinggong');
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /^核查互动/ })
    .click();
  await page
    .getByRole('row', { name: /液压油缸/ })
    .filter({ hasText: '退回核查' })
    .getByRole('button', { name: /^处理 HC/ })
    .click();
  await expect(
    page.getByText('退回原因：请补充活塞杆供应商的原产地声明。上次回复的附件已保留，请补充后重新提交。'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /下载 活塞杆采购发票\.pdf/ })).toBeVisible();
  await choosePdf(page, '供应商声明', '活塞杆供应商原产地声明.pdf');
  await expect(page.getByRole('button', { name: /下载 活塞杆供应商原产地声明\.pdf/ })).toBeVisible();
  await page.getByLabel('回复说明').fill('已补充活塞杆供应商的原产地声明。');
  await page.getByRole('button', { name: '提交回复' }).click();
  await expect(page.getByText('第 2 次回复')).toBeVisible();

  // Customs completes it; the enterprise sees 核查完成.
  await signOutAndIn(page, 'haiguan');
  await page.getByRole('button', { name: '审核 宁波海曙精工机械有限公司 的核查回复' }).click();
  await expect(page.getByRole('dialog')).toContainText('活塞杆供应商原产地声明.pdf');
  await page.getByRole('dialog').getByRole('radio', { name: '核查完成' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交审核结果' }).click();
  await expect(page.getByText(/^已审核：宁波海曙精工机械有限公司 的核查回复核查完成。/)).toBeVisible();

  await signOutAndIn(page, 'jinggong');
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /^核查互动/ })
    .click();
  const finished = page.getByRole('row', { name: /液压油缸/ }).filter({ hasText: '核查完成' });
  await expect(finished).toHaveCount(2); // this one and the seeded one from last month
  await expectNoAxeViolations(page, '核查互动');
});
