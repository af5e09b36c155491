// The production preview's security headers, and the app working under its Content-Security-
// Policy: no violation while the mock worker starts, a user logs in and visits every function.
import { expect, test } from '@playwright/test';

test('serves a strict Content-Security-Policy and the app runs under it without a violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Refused to (CSP): ${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  const response = await page.goto('/login');
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  await page.getByRole('button', { name: '使用演示账号 jinggong' }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav).toBeVisible();
  for (const [link, heading] of [
    ['产品预审', '产品预审'],
    ['受理情况查询', '受理情况查询'],
    ['电子资料模板下载', '电子资料模板下载'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
  await nav.getByRole('link', { name: /^核查互动/ }).click();
  await expect(page.getByRole('heading', { name: '核查互动', level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
