// 演示流程: `?flow=` loads the flow's data, signs in as its first account and opens its first page;
// the guide's 下一步 switches to the other side where the flow does; an unknown flow is said.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi } from '@/test/callApi';
import { renderApp } from '@/test/renderApp';

describe('演示流程', () => {
  it('says so when the address names a flow that does not exist', async () => {
    renderApp('/demo?flow=constructor');
    expect(await screen.findByText(/^没有名为“constructor”的演示流程/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '演示引导' })).not.toBeInTheDocument();
  });

  it('starts from ?flow=, then 下一步 switches to customs on the step’s page', async () => {
    const { user, router } = renderApp('/demo?flow=change-rejected');
    const guide = await screen.findByRole('region', { name: '演示引导' }, { timeout: 10_000 });
    expect(guide).toHaveTextContent('第 1 / 3 步 · 宁波海曙精工 陈晓峰（企业）');
    expect(router.state.location.pathname).toBe('/pre-reviews/pr-jinggong-spindle');
    // Its scenario is loaded: the change awaits customs.
    expect((await callApi('GET', '/demo/status')).body.scenario).toBe('flow-change-rejected');

    await user.click(within(guide).getByRole('button', { name: '下一步：切换为海关' }));
    await waitFor(() => expect(router.state.location.search).toBe('?type=preReviewChange'));
    expect(await screen.findByText('已切换为 王敏（宁波海关）（海关审核人员）。')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '演示引导' })).toHaveTextContent('第 2 / 3 步');

    await user.click(screen.getByRole('button', { name: '结束演示' }));
    expect(screen.queryByRole('region', { name: '演示引导' })).not.toBeInTheDocument();
  });
});
