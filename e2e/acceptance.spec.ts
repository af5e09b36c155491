// 受理情况查询 and downloads end to end, in Chinese: a declared pre-review awaits review in the
// acceptance list, customs approves it, the list shows it approved with the opinion; the
// 产品生产明细 template downloads as a real .xlsx.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signOutAndIn } from './session';
import { confirmDeclaration } from './declare';
import { expect, startAt, test } from './signedIn';

const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

test.use({ account: 'jinggong' });

test('a declared pre-review in 受理情况查询, approved by customs; the template downloads', async ({
  page,
}) => {
  await startAt(page);
  // The seeded draft 不锈钢法兰 is complete: declare it from its page.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '产品预审', exact: true })
    .click();
  await page.getByRole('link', { name: '不锈钢法兰' }).click();
  await page.getByRole('button', { name: '修改 不锈钢法兰' }).click();
  await page.getByRole('button', { name: '申报' }).click();
  await confirmDeclaration(page);
  await expect(page.getByText('已申报，请等待海关审核。')).toBeVisible();

  await nav(page).getByRole('link', { name: '受理情况查询' }).click();
  const row = page.getByRole('row', { name: /不锈钢法兰/ });
  await expect(row).toContainText('产品预审申请');
  await expect(row).toContainText('待审核');
  await expect(row).toContainText('产品预审申请已受理，等待海关审核');
  await expectNoAxeViolations(page, '受理情况查询');

  await signOutAndIn(page, 'haiguan');
  await page.getByRole('button', { name: '审核 宁波海曙精工机械有限公司 的产品预审申请' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: '审核通过' }).click();
  await page.getByRole('dialog').getByLabel('审核意见').fill('成本构成清楚，同意');
  await page.getByRole('dialog').getByRole('button', { name: '提交审核结果' }).click();
  await expect(page.getByText(/^已审核：宁波海曙精工机械有限公司 的产品预审申请审核通过。/)).toBeVisible();

  await signOutAndIn(page, 'jinggong');
  const recent = page.getByRole('list', { name: '最近的海关审核结果' });
  await expect(recent.getByRole('listitem').first()).toContainText('不锈钢法兰');
  await nav(page).getByRole('link', { name: '受理情况查询' }).click();
  await expect(row).toContainText('审核通过');
  await expect(row).toContainText('成本构成清楚，同意');
  await row.getByRole('link', { name: /不锈钢法兰/ }).click();
  await expect(page.getByLabel('当前状态')).toContainText('状态 正常申请状态 审核通过');

  await nav(page).getByRole('link', { name: '电子资料模板下载' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 产品生产明细模板.xlsx' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('产品生产明细模板.xlsx');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(bytes.length).toBeGreaterThan(1000);
  await expectNoAxeViolations(page, '电子资料模板下载');
});
