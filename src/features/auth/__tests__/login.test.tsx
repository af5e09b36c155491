// F0 login: account and card medium, each failure state, and each demo account landing on its own
// enterprise (or, for customs, the console).
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setRuntime } from '@mocks/http/runtime';
import { callApi } from '@/test/callApi';
import { renderApp } from '@/test/renderApp';

async function loginWithPassword(username: string, password = 'demo1234') {
  const app = renderApp('/login');
  await app.user.click(await screen.findByLabelText('用户名'));
  await app.user.paste(username);
  await app.user.click(screen.getByLabelText('密码'));
  await app.user.paste(password);
  await app.user.click(screen.getByRole('button', { name: '登录' }));
  return app;
}

async function openCardLogin() {
  const app = renderApp('/login');
  await app.user.click(await screen.findByRole('tab', { name: '卡介质登录' }));
  // The card form loads when its tab is first opened.
  await screen.findByLabelText('卡介质（模拟读卡器）');
  return app;
}

async function chooseCard(user: ReturnType<typeof renderApp>['user'], holder: string) {
  await user.click(screen.getByLabelText('卡介质（模拟读卡器）'));
  await user.click(await screen.findByTitle(new RegExp(holder)));
}

describe('账号登录', () => {
  it.each([
    ['jinggong', '宁波海曙精工机械有限公司'],
    ['huamao', '上海浦东华贸进出口有限公司'],
    ['xinqi', '苏州工业园区新启电子科技有限公司'],
    ['huafeng', '温州瓯海华丰鞋业有限公司'],
    ['tongguan', '深圳前海通关代理有限公司'],
  ])('%s lands on the home page of its own enterprise', async (username, enterprise) => {
    await loginWithPassword(username);
    expect(await screen.findByRole('heading', { name: '首页' })).toBeInTheDocument();
    await screen.findByText('企业名称');
    const info = screen.getByText('企业名称').closest('tr') ?? screen.getByText('企业名称').parentElement;
    expect(info).toHaveTextContent(enterprise);
  });

  it('takes the customs officer to the console', async () => {
    await loginWithPassword('haiguan');
    expect(await screen.findByRole('heading', { name: '审核队列' })).toBeInTheDocument();
  });

  it('refuses a wrong password next to the password field', async () => {
    await loginWithPassword('jinggong', 'wrong-password');
    expect(await screen.findByText('用户名或密码不正确')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('heading', { name: '首页' })).not.toBeInTheDocument();
  });

  it('says so when the service cannot be reached', async () => {
    setRuntime({ fault: 'network' });
    await loginWithPassword('jinggong');
    expect(await screen.findByText(/无法连接海关服务，请检查网络后重试/)).toBeInTheDocument();
    expect(screen.getByLabelText('用户名')).toHaveValue('jinggong');
  });

  it('says so when the service fails with 500', async () => {
    setRuntime({ fault: 'server-error' });
    await loginWithPassword('jinggong');
    expect(await screen.findByText(/海关服务内部错误（500）/)).toBeInTheDocument();
  });

  it('sends a visitor without a session to the login page', async () => {
    renderApp('/filing');
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
  });
});

describe('卡介质登录', () => {
  it('signs in with the card in the reader and its PIN', async () => {
    const { user } = await openCardLogin();
    await chooseCard(user, '陈晓峰');
    await user.type(screen.getByLabelText('PIN码'), '123456');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { name: '首页' })).toBeInTheDocument();
  });

  it('says no card is in the reader', async () => {
    const { user } = await openCardLogin();
    await user.type(screen.getByLabelText('PIN码'), '123456');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('未检测到卡介质，请插入卡介质后重试')).toBeInTheDocument();
  });

  it('counts wrong PINs down, then locks the card, refusing even the right PIN', async () => {
    const { user } = await openCardLogin();
    await chooseCard(user, '陈晓峰');
    const pin = screen.getByLabelText('PIN码');
    await user.type(pin, '000000');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('PIN码错误，还可尝试 4 次')).toBeInTheDocument();
    // Three more wrong PINs, as from another attempt at the reader.
    for (const remaining of [3, 2, 1]) {
      const wrong = await callApi('POST', '/auth/card-login', {
        body: { cardId: '8933020300018701', pin: '999999' },
      });
      expect(wrong.body.message).toBe(`PIN码错误，还可尝试 ${remaining} 次。`);
    }
    await user.click(screen.getByRole('button', { name: '登录' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('卡介质已锁定')).toBeInTheDocument();
    expect(alert).toHaveTextContent('PIN码已连续输错5次');

    const rightPin = await callApi('POST', '/auth/card-login', {
      body: { cardId: '8933020300018701', pin: '123456' },
    });
    expect(rightPin.status).toBe(423);
    expect(rightPin.body.code).toBe('CARD_LOCKED');
  });

  it('refuses a malformed PIN in the form and in the service', async () => {
    const { user } = await openCardLogin();
    await chooseCard(user, '陈晓峰');
    await user.type(screen.getByLabelText('PIN码'), '12ab');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('PIN码应为6位数字')).toBeInTheDocument();

    const crafted = await callApi('POST', '/auth/card-login', {
      body: { cardId: '8933020300018701', pin: '12ab' },
    });
    expect(crafted.status).toBe(422);
    expect(crafted.body.fieldErrors).toEqual([{ path: 'pin', message: 'PIN码应为6位数字' }]);
  });
});

describe('浏览器准备', () => {
  it('names what this browser is missing on the login page', async () => {
    renderApp('/login');
    // jsdom has no Service Worker: exactly the kind of gap the check must name.
    const results = await screen.findByRole('list', { name: '浏览器检查结果' });
    expect(within(results).getByText(/Service Worker（运行模拟海关服务）：缺少/)).toBeInTheDocument();
    expect(within(results).getByText(/IndexedDB（保存演示数据）：支持/)).toBeInTheDocument();
  });
});
