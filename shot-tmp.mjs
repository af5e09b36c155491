import { chromium } from '@playwright/test';
const [, , width, out, ...steps] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ baseURL: 'http://127.0.0.1:4173', viewport: { width: Number(width), height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
for (const step of steps) { await new AsyncFunction('page', step)(page); await page.waitForTimeout(800); }
await page.screenshot({ path: out, fullPage: false });
await browser.close();
