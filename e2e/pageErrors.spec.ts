// A page whose code cannot be fetched — the tab still runs the build before a deployment, or the
// network dropped — says so in Chinese inside the shell, with 重新加载, and the reload works.
import { axeViolations } from './axe';
import { expect, startAt, test } from './signedIn';

test.use({ account: 'jinggong' });

test('a page whose code fails to load says so, keeps the shell, and 重新加载 brings it back', async ({
  page,
  context,
}) => {
  // The page's chunk is gone from the server (as after a deployment), from the start: the shell
  // loads its menu's pages while idle (preloadPages.ts), so a chunk taken away later may already
  // be in. The context's route, not the page's: the mock service's worker fetches the app's
  // files, and page.route misses those.
  const chunk = /\/assets\/PersonnelPage-[^/]*\.js$/;
  await context.route(chunk, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await startAt(page);

  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '授权人员' }).click();
  await expect(page.getByRole('heading', { name: '页面需要重新加载' })).toBeVisible();
  await expect(page.getByText(/已暂存和正在填写的内容保存在本机，不会丢失/)).toBeVisible();
  // The shell stays: the frame names the page, the menu still works.
  await expect(page.getByRole('heading', { level: 1, name: '授权人员' })).toBeVisible();
  await expect(nav).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/Unexpected Application Error|Hey developer/);
  expect(await axeViolations(page, { bestPractices: true })).toEqual([]);

  await context.unroute(chunk);
  await page.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('button', { name: '新增授权人员' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '页面需要重新加载' })).toHaveCount(0);
});
