// Storage in a real browser: the mock database and unsaved work survive closing and reopening
// the browser (same profile); with no IndexedDB the service runs in memory and says so; with
// local storage full the app warns and keeps the work for the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { keptOnThisComputer } from './keptOnThisComputer';
import { login } from './session';
import { findChromium } from './chromium';

test('closing and reopening the browser keeps the saved draft and the unsaved typing', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'origin-portal-profile-'));
  const open = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
      baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
  try {
    let browser = await open();
    let page = browser.pages()[0] ?? (await browser.newPage());
    await login(page, 'xinqi', '/login?latency=off');
    await page.goto('/filing');
    await page.getByLabel('企业中文名称').fill('苏州工业园区新启电子科技有限公司');
    await page.getByRole('button', { name: '暂存' }).click();
    await expect(page.getByText('已暂存，可稍后继续填写。')).toBeVisible();
    // Typed after the save, never sent: kept locally as work in progress.
    await page.getByLabel('联系人').fill('周立新');
    await keptOnThisComputer(page);
    await browser.close();

    browser = await open();
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto('/filing');
    await expect(page.getByLabel('企业中文名称')).toHaveValue('苏州工业园区新启电子科技有限公司');
    await expect(page.getByLabel('联系人')).toHaveValue('周立新');
    await expect(page.getByText(/已恢复您在 .* 未提交的填写内容/)).toBeVisible();
    await browser.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('no IndexedDB (private mode): the app works on in-memory data and says so', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
    };
  });
  await login(page, 'xinqi', '/login?latency=off');
  await expect(page.getByText(/浏览器存储不可用.*演示数据只保存在本页内存中/)).toBeVisible();
  // Within the page (a reload would start from the seed again, as the notice says).
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '企业备案申请', exact: true })
    .click();
  await page.getByLabel('企业中文名称').fill('苏州工业园区新启电子科技有限公司');
  await page.getByRole('button', { name: '暂存' }).click();
  await expect(page.getByText('已暂存，可稍后继续填写。')).toBeVisible();
});

test('local storage full: a warning, and the typing is kept while the page is open', async ({ page }) => {
  await login(page, 'xinqi', '/login?latency=off');
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/filing');
  await page.getByLabel('联系人').fill('周立新');
  await expect(page.getByText('浏览器存储空间已满')).toBeVisible();
  await expect(page.getByLabel('联系人')).toHaveValue('周立新');
  await page.getByRole('button', { name: '暂存' }).click();
  await expect(page.getByText('已暂存，可稍后继续填写。')).toBeVisible();
});
