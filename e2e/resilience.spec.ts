// Forms that write, in Chromium on the production build, under trouble the simulated service
// produces (set in the tab as the demo page sets it): a network error, a 500, a request that
// never answers (cancelled), then a double submit — one application; and, separately, another
// tab writing first — a conflict in Chinese. What was typed stays in the form throughout.
// Two forms here, one of each way of submitting: 申报 after a confirmation (产品预审), and a
// reply with uploaded documents sent at once (核查回复). Every writing form goes through the same
// trouble in src/app/__tests__/resilience.test.tsx; the browser adds real fetch, abort and
// IndexedDB, which these two exercise. (All five here cost 90 s of the 15-minute run.)
import type { Page } from '@playwright/test';
import { choosePdf } from './files';
import { confirmDeclaration } from './declare';
import { expect, startAt, test } from './signedIn';

type Fault = 'none' | 'network' | 'server-error' | 'hang';

// antd plays the submit button's loading icon out with a leave animation; under headless
// Chromium it sometimes lingers, and the button's name reads "loading 申报" for a while. Users
// who ask for reduced motion get no animations (AppProviders), and neither do these tests.
test.use({ reducedMotion: 'reduce' });

/** A request from the page as the app makes it (with the signed-in token); JSON back. */
function api(page: Page, method: string, path: string, body?: unknown, key?: string) {
  return page.evaluate(
    async ({ method, path, body, key }) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const token = localStorage.getItem('origin-portal:session-token');
      if (token) headers.Authorization = `Bearer ${token}`;
      if (key) headers['Idempotency-Key'] = key;
      const response = await fetch(`/api${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    { method, path, body, key },
  );
}

/** Uploads a small PDF as the app would; returns the file reference. */
function upload(page: Page, purpose: string, name: string) {
  return page.evaluate(
    async ({ purpose, name }) => {
      const response = await fetch(`/api/files?purpose=${purpose}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${localStorage.getItem('origin-portal:session-token')}`,
          'Content-Type': 'application/octet-stream',
          'X-File-Name': encodeURIComponent(name),
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: new TextEncoder().encode(`%PDF-1.4\n% ${name}\n%%EOF\n`),
      });
      return (await response.json()).file;
    },
    { purpose, name },
  );
}

const setFault = (page: Page, fault: Fault) => api(page, 'PUT', '/demo/runtime', { fault });

interface WritingForm {
  account: string;
  open(page: Page): Promise<void>;
  submit: string;
  succeeded: string | RegExp;
  kept(page: Page): Promise<void>;
  kind: string;
  subject: string;
  otherTab(other: Page): Promise<void>;
  conflictSaid: string | RegExp;
}

const forms: Record<string, WritingForm> = {
  产品预审申报: {
    account: 'jinggong',
    async open(page) {
      await page.goto('/pre-reviews/pr-jinggong-flange/edit');
      await expect(page.getByLabel('产品中文名称')).toHaveValue('不锈钢法兰');
      await page.getByLabel('规格型号').fill('DN100-PN16');
    },
    submit: '申报',
    succeeded: '已申报，请等待海关审核。',
    kept: (page) => expect(page.getByLabel('规格型号')).toHaveValue('DN100-PN16'),
    kind: '产品预审申请',
    subject: '不锈钢法兰',
    async otherTab(other) {
      const { body } = await api(other, 'GET', '/pre-reviews/pr-jinggong-flange');
      const saved = await api(
        other,
        'PUT',
        '/pre-reviews/pr-jinggong-flange',
        {
          version: body.preReview.version,
          declare: false,
          data: { ...body.preReview.data, model: '另一个窗口' },
        },
        'e2e-other-tab',
      );
      expect(saved.status).toBe(200);
    },
    conflictSaid: /该记录已在其他窗口或由其他人修改/,
  },

  核查回复: {
    account: 'jinggong',
    async open(page) {
      await page.goto('/verifications/vr-jinggong-spindle/respond');
      await choosePdf(page, '生产工艺流程说明（必须上传）', '工艺流程.pdf');
      await choosePdf(page, '原材料采购凭证清单（必须上传）', '采购清单.pdf');
      await expect(page.getByRole('button', { name: /下载 采购清单\.pdf/ })).toBeVisible();
      await page.getByLabel('回复说明').fill('合金钢棒自日本进口，附采购凭证清单。');
    },
    submit: '提交回复',
    succeeded: '已提交回复，请等待海关处理。',
    async kept(page) {
      await expect(page.getByLabel('回复说明')).toHaveValue('合金钢棒自日本进口，附采购凭证清单。');
      await expect(page.getByRole('button', { name: /下载 工艺流程\.pdf/ })).toBeVisible();
    },
    kind: '核查回复',
    subject: '数控机床主轴',
    async otherTab(other) {
      const attachments = [
        { document: 'processFlow', file: await upload(other, 'verification', 'a.pdf') },
        { document: 'purchaseList', file: await upload(other, 'verification', 'b.pdf') },
      ];
      const saved = await api(
        other,
        'POST',
        '/verifications/vr-jinggong-spindle/response',
        {
          version: 1,
          reply: '另一个窗口的回复',
          attachments,
        },
        'e2e-other-tab',
      );
      expect(saved.status).toBe(200);
    },
    conflictSaid: /该记录已在其他窗口或由其他人修改/,
  },
};

/** Pending applications of this kind about this subject, as 受理情况查询 lists them. */
async function applications(page: Page, form: WritingForm): Promise<number> {
  const query = new URLSearchParams({ kind: form.kind, status: '待审核', pageSize: '100' });
  const { body } = await api(page, 'GET', `/acceptance?${query}`);
  return (body.items as { subject: string }[]).filter((item) => item.subject.includes(form.subject)).length;
}

for (const [name, form] of Object.entries(forms)) {
  test.describe(name, () => {
    test.use({ account: form.account });
    test.beforeEach(async ({ page }) => {
      await startAt(page);
      await form.open(page);
    });

    test('network error, 500, no answer (cancelled), then a double submit: one application', async ({
      page,
    }) => {
      const submit = page.getByRole('button', { name: form.submit, exact: true });
      const said = {
        network: /无法连接海关服务/,
        'server-error': /海关服务内部错误（500）/,
      } as const;
      // 申报 asks first; a reply to customs (提交回复) goes at once.
      const confirm = (twice = false) =>
        form.submit === '申报' ? confirmDeclaration(page, { twice }) : Promise.resolve();
      for (const fault of ['network', 'server-error'] as const) {
        await setFault(page, fault);
        await submit.click();
        await confirm();
        await expect(page.getByText(said[fault]).first()).toBeVisible();
        await form.kept(page);
      }
      await setFault(page, 'hang');
      await submit.click();
      await confirm();
      await page.getByRole('button', { name: '取消', exact: true }).click();
      await expect(page.getByText(/请求已取消/).first()).toBeVisible();
      await form.kept(page);
      expect(await applications(page, form)).toBe(0);

      await setFault(page, 'none');
      await submit.dblclick();
      await confirm(true);
      await expect(page.getByText(form.succeeded).first()).toBeVisible();
      await expect.poll(() => applications(page, form)).toBe(1);
    });

    test('another tab writes first: a conflict in Chinese, nothing typed lost', async ({ page, context }) => {
      const other = await context.newPage();
      await other.goto('/?latency=off');
      await expect(other.getByRole('navigation', { name: '主导航' })).toBeVisible();
      await form.otherTab(other);
      await other.close();
      await page.getByRole('button', { name: form.submit, exact: true }).click();
      if (form.submit === '申报') await confirmDeclaration(page);
      await expect(page.getByText(form.conflictSaid).first()).toBeVisible();
      await form.kept(page);
      const declaredByOtherTab = form.kind === '核查回复';
      expect(await applications(page, form)).toBe(declaredByOtherTab ? 1 : 0);
    });
  });
}
