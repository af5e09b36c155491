// The cost sheet keeps everything: lines imported from a spreadsheet, duplicated, moved, removed
// or filled in by a button are work in progress exactly like typed ones — kept within a second
// and on page hide, without waiting for the page to unmount. The restore notice appears only when
// something is restored, and says what; never for content the service already has. Acting on a
// record from the list says when its editor holds unsaved changes, and ends them.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { fill, keptOnThisComputer, noSaveDue } from '@/test/userActions';
import { importRows } from './importRows';

const RESTORED = /已恢复您在 .* 未提交的填写内容/;
const WORK_IN_PROGRESS = 'origin-portal:wip:';

const rows = [
  '不锈钢板\t72193400\t江苏省\t千克\t20\t0.5\t10\t0',
  '硅胶圈\t40169300\t广东省\t个\t0.8\t1\t0.8\t0',
  '真空涂层\t32089090\t德国\t千克\t150\t0.01\t0\t1.5',
  '包装盒\t48191000\t浙江省\t个\t1.2\t1\t1.2\t0',
];

/** The material names of the lines, in order, as a freshly loaded page shows them. */
async function namesAfterReload(): Promise<string[]> {
  const reloaded = renderApp('/pre-reviews/new');
  const view = within(reloaded.container);
  await view.findByText(RESTORED);
  const count = Number((await view.findByText(/^共 \d+ 行$/)).textContent?.match(/\d+/)?.[0]);
  const names = Array.from(
    { length: count },
    (_, i) => (view.getByLabelText(`第 ${i + 1} 行 原料名称`) as HTMLInputElement).value,
  );
  reloaded.unmount();
  return names;
}

describe('the cost sheet keeps every change', () => {
  it('imported lines are kept within a second — the page still open, as in a crash — and said on restore', async () => {
    await signIn('jinggong');
    const { user, unmount } = renderApp('/pre-reviews/new');
    await fill(user, '产品中文名称', '不锈钢保温杯');
    await importRows(user, rows);
    await screen.findByDisplayValue('包装盒');
    await keptOnThisComputer();
    expect(await namesAfterReload()).toEqual(['不锈钢板', '硅胶圈', '真空涂层', '包装盒']);
    unmount();
    renderApp('/pre-reviews/new');
    expect(await screen.findByText(RESTORED)).toHaveTextContent('产品“不锈钢保温杯”，产品生产明细 4 行');
  });

  it('duplicated, moved, removed and filled-in lines are kept as they are', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await importRows(user, rows.slice(0, 3));
    await screen.findByDisplayValue('真空涂层');
    await user.click(screen.getByRole('button', { name: '复制第 1 行' }));
    await keptOnThisComputer();
    expect(await namesAfterReload()).toEqual(['不锈钢板', '不锈钢板', '硅胶圈', '真空涂层']);

    await user.click(screen.getByRole('button', { name: '第 4 行上移' }));
    await keptOnThisComputer();
    expect(await namesAfterReload()).toEqual(['不锈钢板', '不锈钢板', '真空涂层', '硅胶圈']);

    await user.click(screen.getByRole('button', { name: '删除第 2 行' }));
    await keptOnThisComputer();
    expect(await namesAfterReload()).toEqual(['不锈钢板', '真空涂层', '硅胶圈']);

    // 原料原产价值 cleared: the button fills it from 单价×用料.
    await user.clear(screen.getByLabelText('第 1 行 原料原产价值'));
    await user.click(await screen.findByRole('button', { name: /第 1 行 按单价×用料填入原料原产价值/ }));
    expect(screen.getByLabelText('第 1 行 原料原产价值')).toHaveValue('10');
    await keptOnThisComputer();
    const reloaded = renderApp('/pre-reviews/new');
    expect(await within(reloaded.container).findByLabelText('第 1 行 原料原产价值')).toHaveValue('10');
    reloaded.unmount();
  });

  it('a page hide keeps imported lines at once, with no wait at all', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await importRows(user, rows.slice(0, 2));
    await screen.findByDisplayValue('硅胶圈');
    window.dispatchEvent(new Event('pagehide'));
    const stored = localStorage.getItem(`${WORK_IN_PROGRESS}jinggong:pre-review:new`) ?? '';
    expect(stored).toContain('不锈钢板');
    expect(stored).toContain('硅胶圈');
  });
});

describe('the restore notice tells the truth', () => {
  it('nothing typed: no notice on the next visit', async () => {
    await signIn('jinggong');
    const first = renderApp('/pre-reviews/pr-jinggong-flange/edit');
    await screen.findByDisplayValue('不锈钢法兰', {}, { timeout: 5_000 });
    first.unmount();
    renderApp('/pre-reviews/pr-jinggong-flange/edit');
    await screen.findByDisplayValue('不锈钢法兰', {}, { timeout: 5_000 });
    expect(screen.queryByText(RESTORED)).toBeNull();
  });

  it('stored work that equals what the service has is not "restored", and is dropped', async () => {
    const token = await signIn('jinggong');
    const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token });
    const key = `${WORK_IN_PROGRESS}jinggong:pre-review:pr-jinggong-flange`;
    localStorage.setItem(
      key,
      JSON.stringify({
        savedAt: new Date().toISOString(),
        baseVersion: body.preReview.version,
        values: body.preReview.data,
      }),
    );
    renderApp('/pre-reviews/pr-jinggong-flange/edit');
    await screen.findByDisplayValue('不锈钢法兰', {}, { timeout: 5_000 });
    expect(screen.queryByText(RESTORED)).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('typed then undone: nothing to restore', async () => {
    await signIn('jinggong');
    const first = renderApp('/pre-reviews/pr-jinggong-flange/edit');
    await screen.findByDisplayValue('不锈钢法兰', {}, { timeout: 5_000 });
    await fill(first.user, '规格型号', 'DN100');
    await keptOnThisComputer();
    await fill(
      first.user,
      '规格型号',
      (
        await callApi('GET', '/pre-reviews/pr-jinggong-flange', {
          token: localStorage.getItem('origin-portal:session-token'),
        })
      ).body.preReview.data.product.model,
    );
    first.unmount();
    renderApp('/pre-reviews/pr-jinggong-flange/edit');
    await screen.findByDisplayValue('不锈钢法兰', {}, { timeout: 5_000 });
    expect(screen.queryByText(RESTORED)).toBeNull();
  });

  it('the user may give restored work up: the form is back to what was saved, and stays so', async () => {
    await signIn('jinggong');
    const first = renderApp('/pre-reviews/new');
    await fill(first.user, '产品中文名称', '不锈钢保温杯');
    first.unmount();
    const { user } = renderApp('/pre-reviews/new');
    await screen.findByText(RESTORED);
    await user.click(screen.getByRole('button', { name: '放弃这些内容，重新填写' }));
    expect(screen.getByLabelText('产品中文名称')).toHaveValue('');
    expect(screen.queryByText(RESTORED)).toBeNull();
    await noSaveDue();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(WORK_IN_PROGRESS))).toEqual([]);
  });
});

describe('acting on a record from the list while its editor holds unsaved changes', () => {
  it('注销 of a change draft says so first; the changes then end, and a later 变更 starts clean', async () => {
    const token = await signIn('jinggong');
    const SPINDLE = 'pr-jinggong-spindle';
    const get = async () => (await callApi('GET', `/pre-reviews/${SPINDLE}`, { token })).body.preReview;
    const started = await callApi('POST', `/pre-reviews/${SPINDLE}/actions`, {
      token,
      idempotencyKey: 'spindle-change-for-list',
      body: { version: (await get()).version, action: 'change' },
    });
    expect(started.body.preReview.state).toBe('变更');
    const editor = renderApp(`/pre-reviews/${SPINDLE}/edit`);
    await screen.findByDisplayValue('数控机床主轴', {}, { timeout: 5_000 });
    await fill(editor.user, '规格型号', '未暂存的型号');
    editor.unmount();

    const { user, unmount } = renderApp('/pre-reviews');
    await user.click(await screen.findByRole('button', { name: '注销 数控机床主轴' }, { timeout: 5_000 }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      /编辑页中还有您在 .* 未暂存的修改。此操作按已暂存的内容办理，这些修改将被放弃。/,
    );
    await user.click(within(dialog).getByLabelText('申请说明'));
    await user.paste('该型号停产');
    await user.click(within(dialog).getByRole('button', { name: '暂存注销申请' }));
    expect(await screen.findByText('已生成注销申请（暂存），请申报。')).toBeInTheDocument();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(WORK_IN_PROGRESS))).toEqual([]);
    unmount();

    // The cancellation is declared and rejected (ST2): the record is as before; 变更 again.
    const declared = await callApi('PUT', `/pre-reviews/${SPINDLE}`, {
      token,
      idempotencyKey: 'spindle-cancel-declare',
      body: { version: (await get()).version, declare: true, data: (await get()).data },
    });
    expect(declared.status).toBe(200);
    const customs = (
      await callApi('POST', '/auth/login', { body: { username: 'haiguan', password: 'demo1234' } })
    ).body.session.token;
    const rejected = await callApi('POST', `/customs/applications/preReview/${SPINDLE}/decision`, {
      token: customs,
      idempotencyKey: 'spindle-cancel-reject',
      body: { version: (await get()).version, decision: 'reject', opinion: '仍在生产' },
    });
    expect(rejected.status).toBe(200);
    const approvedModel = (await get()).data.product.model;
    const page = renderApp(`/pre-reviews/${SPINDLE}`);
    await page.user.click(
      await screen.findByRole('button', { name: '变更 数控机床主轴' }, { timeout: 5_000 }),
    );
    expect(await screen.findByLabelText('规格型号', {}, { timeout: 5_000 })).toHaveValue(approvedModel);
    expect(screen.queryByText(RESTORED)).toBeNull();
  });
});
