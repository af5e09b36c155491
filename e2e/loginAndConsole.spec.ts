// Signing in and out, end to end: an enterprise logs in, sees its home page and logs out; 切换角色
// takes a demo from the enterprise's declared pre-review to the officer's review of it and back.
// (The officer approving a filing is part of filing.spec.ts's journey.)
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openStandardDemo } from './session';

test.beforeEach(({ page }) => openStandardDemo(page));

async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.getByRole('button', { name: `使用演示账号 ${username}` }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

test('an enterprise logs in, sees its home page, and logs out', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('tab', { name: '账号登录' })).toBeVisible();
  await expect(page.getByText('浏览器满足本平台的全部要求。')).toBeVisible();
  await expectNoAxeViolations(page, '登录');

  await page.getByRole('tab', { name: '卡介质登录' }).click();
  await expectNoAxeViolations(page, '卡介质登录');
  await page.getByRole('tab', { name: '账号登录' }).click();

  await login(page, 'jinggong');
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  await expect(page.getByText('备案号 3107A19000187')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('宁波海曙精工机械有限公司');
  await expectNoAxeViolations(page, '首页');

  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.getByRole('tab', { name: '账号登录' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?from=%2F$/);
});

/** 切换角色 in the header: two clicks, no password. */
async function becomeInTwoClicks(page: Page, username: string) {
  await page.getByRole('button', { name: /切换角色/ }).click();
  await page.getByRole('menuitem', { name: new RegExp(`（${username}）`) }).click();
}

test("切换角色: from jinggong's declared pre-review to haiguan's review of it and back, two clicks each way", async ({
  page,
}) => {
  await login(page, 'jinggong');
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  await page.goto('/pre-reviews/pr-jinggong-spindle');
  await expect(page.getByRole('heading', { name: '数控机床主轴', level: 2 })).toBeVisible();
  // Declared: a cancellation (注销) awaiting customs.
  await page.getByRole('button', { name: '注销 数控机床主轴' }).click();
  await page.getByRole('dialog').getByLabel('申请说明').fill('该型号停产');
  await page.getByRole('dialog').getByRole('button', { name: '注销并申报' }).click();
  await expect(page.getByText('已申报注销申请，请等待海关审核。')).toBeVisible();

  await becomeInTwoClicks(page, 'haiguan');
  const review = page.getByRole('dialog', { name: '产品预审注销申请 · 宁波海曙精工机械有限公司' });
  await expect(review).toBeVisible();
  await expect(review).toContainText('该型号停产');
  await expect(page).toHaveURL(/\/customs\?review=preReview\.pr-jinggong-spindle$/);
  await expect(page.getByRole('banner')).toContainText('王敏（宁波海关）');

  await becomeInTwoClicks(page, 'jinggong');
  await expect(page).toHaveURL(/\/pre-reviews\/pr-jinggong-spindle$/);
  await expect(page.getByRole('heading', { name: '数控机床主轴', level: 2 })).toBeVisible();
  await expect(page.getByLabel('当前状态')).toContainText('状态 注销申请状态 申报');
});
