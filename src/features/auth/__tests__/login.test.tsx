import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/renderApp';

describe('账号登录', () => {
  it('signs a demo account in and shows its own enterprise', async () => {
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: '使用演示账号 jinggong' }));
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { name: '首页' })).toBeInTheDocument();
    expect(screen.getAllByText('宁波海曙精工机械有限公司').length).toBeGreaterThan(0);
    expect(await screen.findByText('备案号 3107A19000187')).toBeInTheDocument();
  });

  it('refuses a wrong password next to the password field', async () => {
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('用户名'), 'jinggong');
    await user.type(screen.getByLabelText('密码'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('用户名或密码不正确')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends a visitor without a session to the login page', async () => {
    renderApp('/filing');
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
  });
});
