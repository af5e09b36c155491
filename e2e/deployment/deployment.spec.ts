// The deployment build (VITE_API_MOCKING=off) against the Node mock server over real HTTP: the
// proof that swapping in a real backend is configuration (API_PROXY_TARGET). There is no demo:
// no demo accounts, no simulated card reader, no 演示数据管理, no request to /api/demo/*, no
// service worker; what the user keeps is kept by the server.
import { expect, test } from '@playwright/test';
import { API_ORIGIN } from './origins';

test('a deployment build signs in, keeps a draft on the server, and has no demo', async ({
  page,
  request,
}) => {
  const asked: string[] = [];
  page.on('request', (sent) => asked.push(new URL(sent.url()).pathname));

  await page.goto('/login');
  await expect(page.getByRole('heading', { name: '原产地综合服务平台' })).toBeVisible();
  await expect(page.getByText('演示账号')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: '卡介质登录' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '演示数据管理' })).toHaveCount(0);
  await expect(page.getByText(/演示环境/)).toHaveCount(0);

  await page.getByLabel('用户名').fill('xinqi');
  await page.getByLabel('密码').fill('demo1234');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  await expect(page.getByText('尚未备案')).toBeVisible();
  await expect(page.getByRole('link', { name: '演示数据管理' })).toHaveCount(0);

  await page.getByRole('button', { name: '办理企业备案' }).click();
  await page.getByLabel('企业中文名称').fill('苏州工业园区新启电子科技有限公司');
  await page.getByLabel('联系人').fill('周立新');
  await page.getByRole('button', { name: '暂存' }).click();
  await expect(page.getByText('已暂存，可稍后继续填写。')).toBeVisible();

  // The server holds it: asked directly with the page's session, and after a reload.
  const token = await page.evaluate(() => localStorage.getItem('origin-portal:session-token'));
  const stored = await request.get(`${API_ORIGIN}/api/filing`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(stored.status()).toBe(200);
  expect((await stored.json()).filing.current.data).toMatchObject({
    nameCn: '苏州工业园区新启电子科技有限公司',
    contactName: '周立新',
  });
  await page.reload();
  await expect(page.getByLabel('企业中文名称')).toHaveValue('苏州工业园区新启电子科技有限公司');

  await page.goto('/demo');
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();

  expect(asked.filter((path) => path.startsWith('/api/demo'))).toEqual([]);
  expect(asked.filter((path) => path.startsWith('/api/')).length).toBeGreaterThan(3);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
