// Looks at the app as a person would: opens a URL in Chromium, runs optional Playwright steps
// (JavaScript with `page` in scope), and saves a full-page screenshot.
//   node scripts/screenshot.mjs http://127.0.0.1:4173/ /tmp/login.png "await page.getByLabel('用户名').fill('xinqi')"
// WIDTH (default 1280) sets the viewport's width, e.g. WIDTH=390 for a phone.
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../e2e/chromiumArgs.mjs';

const [, , url, out, ...steps] = process.argv;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [STEP ...]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs(),
});
const width = Number(process.env.WIDTH ?? 1280);
const page = await browser.newPage({
  baseURL: new URL(url).origin, // steps may page.goto('/path')
  viewport: { width, height: 900 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
});
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.goto(url);
await page.waitForTimeout(2000);
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
for (const step of steps) {
  await new AsyncFunction('page', step)(page);
  await page.waitForTimeout(1000);
}
await page.screenshot({ path: out, fullPage: true });
await browser.close();
