// Each fault mode of the simulated service reaches the user as a clear Chinese message, and
// what they typed stays in the form.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setRuntime } from '@mocks/http/runtime';
import { configureApiClient } from '@/lib/api/client';
import { renderApp, signIn } from '@/test/renderApp';

async function openFilingWithTypedName() {
  await signIn('xinqi');
  const app = renderApp('/filing');
  const name = await screen.findByLabelText('企业中文名称');
  await app.user.clear(name);
  await app.user.type(name, '新启电子');
  return { ...app, name };
}

describe('fault modes of the mock customs service reach the user', () => {
  it('network error: says the service cannot be reached and keeps the typed value', async () => {
    const { user, name } = await openFilingWithTypedName();
    setRuntime({ fault: 'network' });
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText(/无法连接海关服务，请检查网络后重试/)).toBeInTheDocument();
    expect(screen.getByText('暂存未完成')).toBeInTheDocument();
    expect(name).toHaveValue('新启电子');
  });

  it('500: says the service failed and keeps the typed value', async () => {
    const { user, name } = await openFilingWithTypedName();
    setRuntime({ fault: 'server-error' });
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText(/海关服务内部错误（500）/)).toBeInTheDocument();
    expect(name).toHaveValue('新启电子');
  });

  it('slow: says the service is slow while waiting, then completes', async () => {
    const { user } = await openFilingWithTypedName();
    setRuntime({ fault: 'slow' });
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(
      await screen.findByText('海关服务响应较慢，正在等待…', {}, { timeout: 2_800 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('已暂存，可稍后继续填写。', {}, { timeout: 3_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('海关服务响应较慢，正在等待…')).not.toBeInTheDocument());
  });

  it('never answers: the request times out with a message, and the user could cancel it instead', async () => {
    configureApiClient({ timeoutMs: 300 });
    const { user, name } = await openFilingWithTypedName();
    setRuntime({ fault: 'hang' });
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText(/海关服务超过 \d+ 秒未响应，请求已停止/)).toBeInTheDocument();
    expect(name).toHaveValue('新启电子');

    configureApiClient({ timeoutMs: 30_000 });
    await user.click(screen.getByRole('button', { name: '暂存' }));
    await user.click(await screen.findByRole('button', { name: '取消' }));
    expect(await screen.findByText(/请求已取消/)).toBeInTheDocument();
    expect(name).toHaveValue('新启电子');
  });
});
