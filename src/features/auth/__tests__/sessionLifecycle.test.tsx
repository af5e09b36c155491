// Session expiry warns and can be extended without losing typed data; an expired session sends
// the user to log in again and their typing comes back; logout clears cached server data.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { expireSessionIn } from '@/test/sessions';
import { SESSION_WARNING_SECONDS } from '@/contract/auth';

describe('session expiry', () => {
  it('warns before the session expires, extends it on request, and keeps what was typed', async () => {
    const token = await signIn('xinqi');
    // Just outside the warning's window, so the user types first and the warning comes a few
    // seconds later (inside it from the start, the warning's dialog could take the focus before
    // the field got it: a race a loaded machine lost).
    await expireSessionIn(token, SESSION_WARNING_SECONDS + 4);
    const { user } = renderApp('/filing');
    const name = await screen.findByLabelText('企业中文名称');
    await user.clear(name);
    await user.paste('新启电子');

    const dialog = await screen.findByRole('dialog', { name: '登录即将过期' }, { timeout: 15_000 });
    expect(within(dialog).getByText(/1 分 \d+ 秒|\d+ 秒/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '延长登录' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: '登录即将过期' })).not.toBeInTheDocument(),
    );

    const { body } = await callApi('GET', '/auth/session', { token });
    expect(Date.parse(body.session.expiresAt) - Date.now()).toBeGreaterThan(25 * 60_000);
    expect(name).toHaveValue('新启电子');
  });

  it('sends the user to log in when it expires, then restores the unsaved typing', async () => {
    const token = await signIn('xinqi');
    await expireSessionIn(token, 3);
    const { user } = renderApp('/filing');
    await user.click(await screen.findByLabelText('住所/地址'));
    await user.paste('江苏省苏州市工业园区星湖街 328 号');

    expect(await screen.findByText('登录已过期，请重新登录', {}, { timeout: 5_000 })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '使用演示账号 xinqi' }));
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByLabelText('住所/地址')).toHaveValue('江苏省苏州市工业园区星湖街 328 号');
    expect(screen.getByText(/已恢复您在 .* 未提交的填写内容/)).toBeInTheDocument();
  });
});

describe('logout', () => {
  it('ends the session and clears cached server data', async () => {
    const token = await signIn('jinggong');
    const { user, queryClient } = renderApp('/');
    expect(await screen.findByText('备案号 3107A19000187')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '退出' }));
    expect(await screen.findByRole('tab', { name: '账号登录' })).toBeInTheDocument();
    const cachedFiling = queryClient.getQueryCache().findAll({ queryKey: ['filing'] });
    expect(cachedFiling.map((query) => query.state.data).filter((data) => data !== undefined)).toEqual([]);
    expect((await callApi('GET', '/filing', { token })).status).toBe(401);

    // The next user of this browser sees only their own enterprise, never the previous one's.
    await user.click(await screen.findByRole('button', { name: '使用演示账号 xinqi' }));
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('尚未备案')).toBeInTheDocument();
    expect(screen.queryByText(/3107A19000187/)).not.toBeInTheDocument();
  });

  it('keeps the user’s unsaved typing for their next login', async () => {
    await signIn('xinqi');
    const { user } = renderApp('/filing');
    await user.click(await screen.findByLabelText('联系人'));
    await user.paste('周立新');
    await user.click(screen.getByRole('button', { name: '退出' }));

    await user.click(await screen.findByRole('button', { name: '使用演示账号 xinqi' }));
    await user.click(screen.getByRole('button', { name: '登录' }));
    await user.click(await screen.findByRole('button', { name: '办理企业备案' }));
    expect(await screen.findByLabelText('联系人')).toHaveValue('周立新');
  });
});
