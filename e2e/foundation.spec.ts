// The foundation, end to end on the production build: the app runs on its mock data, the data
// survives a reload, a second tab sees the first tab's change, and reset restores the seed.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('mock data persists, is shared by tabs, and resets to the seed', async ({ page, context }) => {
  await page.goto('/?scenario=standard&latency=off');
  await expect(page.getByRole('heading', { name: '原产地综合服务平台' })).toBeVisible();
  await expectNoAxeViolations(page, '登录');

  await page.getByRole('button', { name: '使用演示账号 xinqi' }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  await expect(page.getByText('尚未备案')).toBeVisible();
  await expectNoAxeViolations(page, '首页');

  await page.getByRole('button', { name: '办理企业备案' }).click();
  await expect(page.getByRole('heading', { name: '企业备案申请' })).toBeVisible();
  // A first filing starts from the account's own name; the contact is what this test typed.
  await expect(page.getByLabel('企业中文名称')).toHaveValue('苏州工业园区新启电子科技有限公司');
  await page.getByLabel('联系人').fill('周立新');
  await page.getByRole('button', { name: '暂存' }).click();
  await expect(page.getByText('已暂存，可稍后继续填写。')).toBeVisible();
  await expectNoAxeViolations(page, '企业备案');

  // A reload keeps the mock database.
  await page.reload();
  await expect(page.getByLabel('联系人')).toHaveValue('周立新');

  // A second tab sees the same data and its change reaches the first tab.
  const second = await context.newPage();
  await second.goto('/filing');
  await expect(second.getByLabel('联系人')).toHaveValue('周立新');
  await second.getByLabel('联系人').fill('周立新（第二个标签页）');
  await second.getByRole('button', { name: '暂存' }).click();
  await expect(second.getByText('已暂存，可稍后继续填写。')).toBeVisible();
  await expect(page.getByLabel('联系人')).toHaveValue('周立新（第二个标签页）');
  await second.close();

  // Reset restores the seed: the new enterprise has no filing and no draft again.
  await page.getByRole('link', { name: '演示数据管理' }).click();
  await expect(page.getByRole('heading', { name: '演示数据管理' })).toBeVisible();
  await expectNoAxeViolations(page, '演示数据管理');
  await page.getByRole('button', { name: '重置演示数据' }).click();
  await page.getByRole('button', { name: '确定重置' }).click();
  await expect(page.getByText('演示数据已重置。')).toBeVisible();
  await page.goto('/filing');
  await expect(page.getByLabel('联系人')).toHaveValue('');
  await expect(page.getByLabel('企业中文名称')).toHaveValue('苏州工业园区新启电子科技有限公司');
  await expect(page.getByText('尚未备案')).toBeVisible();
});

test('the login form is usable before the simulated service starts, and signs in once it listens', async ({
  page,
}) => {
  // The service's code (Vite names its chunks after mocks/browser.ts and msw/browser) is held back
  // until the test lets it through, as on a line far slower than the app's own code.
  let letThrough = () => {};
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  await page.route(/\/assets\/browser-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/login?scenario=standard&latency=off');

  await page.getByLabel('用户名').fill('jinggong');
  await page.getByLabel('密码').fill('demo1234');
  await expect(page.getByText('正在读取演示账号…')).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  // 登录 is sent now, and waits for the service rather than reaching the web server.
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('button', { name: /登\s*录/ })).toHaveClass(/ant-btn-loading/);

  letThrough();
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  await expect(page.getByText('宁波海曙精工机械有限公司').first()).toBeVisible();
});
