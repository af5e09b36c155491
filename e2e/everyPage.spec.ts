// Every page, as each kind of user reaches it, at a phone's, a small laptop's and a desktop's
// width: the page has its frame (one <h1>), nothing but a table's own container scrolls sideways,
// no rule code (FR1, PR4, ST2, VR2 …) is shown to the user, and axe (WCAG A/AA and best
// practices) finds nothing. SCREENSHOTS=<dir> also saves each page as <dir>/<page>-<width>.png,
// for a person to look at (npm run screenshots).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { openStandardDemo } from './session';
import { expect, test } from './signedIn';

interface Visit {
  /** Names the screenshot. */
  name: string;
  path: string;
  /** The page's <h1>. */
  heading: string;
}

const tours: { account: string | null; visits: Visit[] }[] = [
  {
    account: null,
    visits: [
      { name: 'login', path: '/login', heading: '原产地综合服务平台' },
      { name: 'not-found', path: '/no-such-page', heading: '页面不存在' },
    ],
  },
  {
    account: 'jinggong',
    visits: [
      { name: 'home', path: '/', heading: '首页' },
      { name: 'filing', path: '/filing', heading: '企业备案申请' },
      { name: 'filing-change', path: '/filing/change', heading: '备案变更申请' },
      { name: 'personnel', path: '/personnel', heading: '授权人员' },
      { name: 'agencies', path: '/agencies', heading: '代录入企业' },
      { name: 'pre-reviews', path: '/pre-reviews', heading: '产品预审' },
      { name: 'editor', path: '/pre-reviews/new', heading: '新增产品预审' },
      { name: 'record', path: '/pre-reviews/pr-jinggong-wheel', heading: '产品预审详情' },
      { name: 'record-edit', path: '/pre-reviews/pr-jinggong-flange/edit', heading: '修改产品预审' },
      { name: 'verifications', path: '/verifications', heading: '核查互动' },
      { name: 'verification', path: '/verifications/vr-jinggong-spindle', heading: '核查记录单' },
      {
        name: 'verification-respond',
        path: '/verifications/vr-jinggong-spindle/respond',
        heading: '处理核查记录单',
      },
      { name: 'acceptance', path: '/acceptance', heading: '受理情况查询' },
      { name: 'templates', path: '/downloads/templates', heading: '电子资料模板下载' },
      { name: 'materials', path: '/downloads/materials', heading: '海关原产地证-资料下载' },
      { name: 'demo', path: '/demo', heading: '演示数据管理' },
    ],
  },
  {
    account: 'xinqi',
    visits: [
      { name: 'home-new-enterprise', path: '/', heading: '首页' },
      { name: 'filing-new-enterprise', path: '/filing', heading: '企业备案申请' },
      { name: 'blocked', path: '/pre-reviews', heading: '产品预审' },
    ],
  },
  { account: 'tongguan', visits: [{ name: 'home-agency', path: '/', heading: '首页' }] },
  {
    account: 'haiguan',
    visits: [
      { name: 'console', path: '/customs', heading: '审核队列' },
      { name: 'issue-verification', path: '/customs/verifications/new', heading: '发起核查' },
    ],
  },
];

const WIDTHS = [1440, 1024, 390] as const;
const RULE_CODE = /\b(?:FR|PR|ST|VR)\d/;
/** Two sentences glued with their stops ("…审核。。"), a sign of text assembled carelessly. */
const DOUBLED_STOP = /[。，：；]{2}/;
const screenshots = process.env.SCREENSHOTS;

/** The page has settled: its heading is there and nothing is loading. */
async function settled(page: Page, heading: string) {
  await expect.soft(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: heading, exact: true }).first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
}

/** How far the page itself scrolls sideways (a table's own container may; the page may not). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Two frames drawn: a layout that answers the new width (antd's breakpoints) has been rendered. */
const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Opens `path` inside the running app, as a link would (the router follows the address; no page
 * load): a load is two seconds, and each account's pages are one test.
 */
async function navigateInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL(path);
}

/** The checks of one page at one width; soft, so one run reports every problem of every page. */
async function checkAtWidth(page: Page, visit: Visit, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await nextFrames(page);
  await settled(page, visit.heading);
  expect.soft(await page.locator('h1').count(), `one <h1> on ${visit.name}`).toBe(1);
  expect
    .soft(await pageOverflow(page), `sideways scroll of ${visit.name} at ${width} px`)
    .toBeLessThanOrEqual(0);
  const text = await page.locator('body').innerText();
  expect.soft(text.match(RULE_CODE)?.[0], `rule code shown on ${visit.name}`).toBeUndefined();
  expect.soft(text.match(DOUBLED_STOP)?.[0], `doubled stop on ${visit.name}`).toBeUndefined();
  expect
    .soft(await axeViolations(page, { bestPractices: true }), `axe on ${visit.name} at ${width} px`)
    .toEqual([]);
  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, `${visit.name}-${width}.png`), fullPage: true });
  }
}

// One test per account: its first page is loaded, the others are opened inside the app as a link
// would; each is looked at in each width in turn (the window resized, as a user would). Every
// check is soft and names its page and width, so a failing run lists every problem found.
for (const tour of tours) {
  test.describe(`${tour.account ?? 'the public'}`, () => {
    test.use({ account: tour.account });
    if (!tour.account) test.beforeEach(({ page }) => openStandardDemo(page));
    test(`${tour.visits.map((visit) => visit.name).join(', ')} at ${WIDTHS.join(', ')} px`, async ({
      page,
    }) => {
      test.setTimeout(30_000 * tour.visits.length);
      for (const [index, visit] of tour.visits.entries()) {
        await test.step(visit.name, async () => {
          await page.setViewportSize({ width: WIDTHS[0], height: 900 });
          if (index === 0) await page.goto(visit.path);
          else await navigateInApp(page, visit.path);
          for (const width of WIDTHS) {
            await test.step(`${width} px`, () => checkAtWidth(page, visit, width));
          }
        });
      }
    });
  });
}
