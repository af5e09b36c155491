// 切换角色 in the demo build: from an exporter's declared pre-review to customs' review of it and
// back, two clicks each way, without a password.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createPreReview, tokenFor } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { workedExample } from '@/test/workedExample';

async function switchTo(user: ReturnType<typeof renderApp>['user'], account: RegExp) {
  await user.click(screen.getByRole('button', { name: /切换角色/ }));
  await user.click(await screen.findByRole('menuitem', { name: account }));
}

describe('切换角色', () => {
  it("switches from jinggong's declared pre-review to haiguan's review of it, and back", async () => {
    const { body } = await createPreReview(await tokenFor('jinggong'), workedExample(), { declare: true });
    const id: string = body.preReview.id;
    await signIn('jinggong');
    const { user, router } = renderApp(`/pre-reviews/${id}`);
    await screen.findByText(body.preReview.number);

    await switchTo(user, /haiguan/);
    const review = await screen.findByRole('dialog', { name: '产品预审申请 · 宁波海曙精工机械有限公司' });
    expect(within(review).getByRole('button', { name: '提交审核结果' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?review=preReview.${id}`);
    expect(await screen.findByText('已切换为 王敏（宁波海关）（海关审核人员）。')).toBeInTheDocument();

    await switchTo(user, /jinggong/);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/pre-reviews/${id}`));
    expect(await screen.findByText(body.preReview.number)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lists every demo account by role, the current one not chosen again', async () => {
    await signIn('xinqi');
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: /切换角色/ }));
    const current = await screen.findByRole('menuitem', { name: /xinqi/ });
    const menu = current.closest('[role="menu"]') as HTMLElement;
    for (const group of ['企业', '代录入企业', '海关'])
      expect(within(menu).getByText(group)).toBeInTheDocument();
    expect(current).toHaveAttribute('aria-disabled', 'true');
    expect(within(menu).getAllByRole('menuitem')).toHaveLength(6);
  });
});
