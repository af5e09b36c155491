// Signing in as a demo account from the login page, as a user would (the page lists the accounts
// and fills one in), ending on the shell with a page in its frame.
import { expect, type Page } from '@playwright/test';

/** Opens 演示数据管理 with the standard demo data and the simulator answering at once. */
export async function openStandardDemo(page: Page): Promise<void> {
  await page.goto('/demo?scenario=standard&latency=off');
  await expect(page.getByRole('heading', { name: '演示数据管理' })).toBeVisible();
}

export async function login(page: Page, username: string, loginPath = '/login'): Promise<void> {
  await page.goto(loginPath);
  await signInHere(page, username);
}

/**
 * 退出, then signs in as `username` on the login page 退出 leads to, as a person changing
 * accounts would (no reload: a page load is two seconds of a journey's time).
 */
export async function signOutAndIn(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.getByRole('tab', { name: '账号登录' })).toBeVisible();
  await signInHere(page, username);
}

/** Picks the demo account on the login page that is open, and signs in. */
async function signInHere(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: `使用演示账号 ${username}` }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // The shell: at a phone's width its navigation is behind 菜单, so wait for the page's title.
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
}
