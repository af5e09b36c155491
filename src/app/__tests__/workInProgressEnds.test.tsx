// A successful submit ends the work in progress of its form, for every form that keeps it, by
// every path found that could let stored work outlive it: a save timer or page-hide firing after
// the submit, work restored after a reload and then submitted, the page left before the answer
// came (the mutation's own callbacks then never run), another tab showing the same form, and a
// session that expired before the submit. Afterwards nothing is stored, and the next visit
// restores nothing — so a declared application never comes back as "unsaved" typing.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setRuntime } from '@mocks/http/runtime';
import { callApi } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { expireSessionIn } from '@/test/sessions';
import { fill, fillNewAgency, noSaveDue } from '@/test/userActions';
import { applications, submitForm, writingForms, type WritingForm } from '@/test/writingForms';

const WORK_IN_PROGRESS = 'origin-portal:wip:';
const RESTORED = /已恢复您在 .* 未提交的填写内容/;

/** Keys of stored work in progress, of any form. */
const storedWork = () => Object.keys(localStorage).filter((key) => key.startsWith(WORK_IN_PROGRESS));

const agencyDrawer = () => screen.getByRole('dialog', { name: '新增代录入企业' });

/** 代录入企业 keeps its work in progress too (it has no declaration, only a save). */
const agencyForm: WritingForm = {
  account: 'jinggong',
  async open() {
    const { user } = renderApp('/agencies');
    await user.click(await screen.findByRole('button', { name: '新增代录入企业' }));
    await fillNewAgency(user);
    return user;
  },
  async reopen() {
    const { user } = renderApp('/agencies');
    await user.click(await screen.findByRole('button', { name: '新增代录入企业' }));
    await screen.findByRole('dialog', { name: '新增代录入企业' });
    return user;
  },
  scope: agencyDrawer,
  submit: '保存授权',
  succeeded: '已授权 宁波港报关行有限公司 代录入。',
  kept: () => expect(within(agencyDrawer()).getByLabelText('企业名称')).toHaveValue('宁波港报关行有限公司'),
  kind: '代录入授权',
  subject: '宁波港报关行有限公司',
  otherTab: () => Promise.resolve(),
  conflictSaid: '',
};

/** Agencies are listed as 已生效, not 待审核: count them by subject alone. */
async function made(form: WritingForm, token: string): Promise<number> {
  if (form !== agencyForm) return applications(form, token);
  const { body } = await callApi('GET', '/agencies', { token });
  return (body.agencies as { data: { nameCn: string } }[]).filter((a) => a.data.nameCn === form.subject)
    .length;
}

async function nothingRestoredNextTime(form: WritingForm) {
  cleanup();
  expect(storedWork()).toEqual([]);
  await form.reopen();
  expect(screen.queryByText(RESTORED)).toBeNull();
}

const forms = [...Object.entries(writingForms), ['代录入企业保存', agencyForm] as const];

describe.each(forms)('%s: a successful submit ends the work in progress', (_name, form) => {
  it('submitted: nothing kept, even when a page-hide or the save timer fires afterwards', async () => {
    const token = await signIn(form.account);
    const user = await form.open();
    await submitForm(user, form);
    expect(await screen.findByText(form.succeeded, {}, { timeout: 5_000 })).toBeInTheDocument();
    window.dispatchEvent(new Event('pagehide'));
    await noSaveDue();
    expect(storedWork()).toEqual([]);
    expect(await made(form, token)).toBe(1);
    await nothingRestoredNextTime(form);
  });

  it('restored after a reload, then submitted: the next visit restores nothing', async () => {
    await signIn(form.account);
    await form.open();
    cleanup(); // the reload
    expect(storedWork()).toHaveLength(1);
    const user = await form.reopen();
    expect(await screen.findByText(RESTORED)).toBeInTheDocument();
    form.kept();
    await submitForm(user, form);
    expect(await screen.findByText(form.succeeded, {}, { timeout: 5_000 })).toBeInTheDocument();
    await nothingRestoredNextTime(form);
  });

  it('left before the answer came: the answer still ends it', async () => {
    const token = await signIn(form.account);
    const user = await form.open();
    setRuntime({ fault: 'slow' });
    await submitForm(user, form);
    cleanup(); // the user navigates away (or closes the drawer) while the request is on its way
    await waitFor(async () => expect(await made(form, token)).toBe(1), { timeout: 10_000 });
    await waitFor(() => expect(storedWork()).toEqual([]));
    setRuntime({ fault: 'none' });
    await nothingRestoredNextTime(form);
  });
});

describe('新增产品预审 (the path where a declared product came back as unsaved)', () => {
  async function typeProduct(user: UserEvent) {
    await fill(user, '产品中文名称', '不锈钢保温杯');
    await user.click(screen.getByRole('button', { name: '从表格导入' }));
    const dialog = await screen.findByRole('dialog', { name: '从表格导入产品生产明细' });
    await user.click(within(dialog).getByLabelText('粘贴表格内容'));
    await user.paste('不锈钢板\t72193400\t江苏省\t千克\t20\t0.5\t10\t0');
    await user.click(within(dialog).getByRole('button', { name: '预览粘贴的内容' }));
    await user.click(within(dialog).getByRole('button', { name: /^导入 \d+ 行$/ }));
    await screen.findByDisplayValue('不锈钢板');
  }

  it('another tab showing the same restored form does not bring the declared product back', async () => {
    await signIn('jinggong');
    const first = renderApp('/pre-reviews/new');
    await typeProduct(first.user);
    first.unmount();

    // Two tabs open the same restored work; one declares it as a draft (暂存)…
    const tabA = renderApp('/pre-reviews/new');
    const tabB = renderApp('/pre-reviews/new');
    await waitFor(() => expect(screen.getAllByText(RESTORED)).toHaveLength(2));
    const b = within(tabB.container);
    await tabB.user.click(b.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    // …and the other tab is hidden, then closed, with the same values on screen.
    window.dispatchEvent(new Event('pagehide'));
    tabA.unmount();
    tabB.unmount();
    expect(storedWork()).toEqual([]);

    renderApp('/pre-reviews/new');
    expect(await screen.findByLabelText('产品中文名称')).toHaveValue('');
    expect(screen.queryByText(RESTORED)).toBeNull();
  });

  it('a session that expired before 申报: the work is kept through the new login, and ends with the 申报', async () => {
    const token = await signIn('jinggong');
    const first = renderApp('/pre-reviews/new');
    await typeProduct(first.user);
    await expireSessionIn(token, -1);
    await first.user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByRole('button', { name: '登录' }, { timeout: 5_000 })).toBeInTheDocument();
    cleanup();
    expect(storedWork()).toHaveLength(1);

    await signIn('jinggong');
    const again = renderApp('/pre-reviews/new');
    expect(await screen.findByText(RESTORED)).toBeInTheDocument();
    expect(screen.getByDisplayValue('不锈钢板')).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    cleanup();
    expect(storedWork()).toEqual([]);
    renderApp('/pre-reviews/new');
    expect(await screen.findByLabelText('产品中文名称')).toHaveValue('');
    expect(screen.queryByText(RESTORED)).toBeNull();
  });
});
