// 演示数据管理: reset restores the seed (and every open tab follows), fault modes set from the page.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyFilingDraft } from '@/contract/filing';
import { callApi, createPreReview, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';
import { renderApp, signIn } from '@/test/renderApp';

describe('演示数据管理', () => {
  it('resets the demo data to the chosen scenario, dropping what was entered', async () => {
    const token = await signIn('xinqi');
    await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'draft-before-reset',
      body: {
        version: 0,
        data: { ...emptyFilingDraft, nameCn: '将被重置的草稿' },
      },
    });
    await createPreReview(await tokenFor('jinggong'), workedExample(), { declare: true });
    const { user } = renderApp('/demo');
    expect(await screen.findByText('2 件：企业备案申请 1 件，产品预审申请 1 件')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '重置演示数据' }));
    const confirm = await screen.findByRole('tooltip');
    await user.click(within(confirm).getByRole('button', { name: '确定重置' }));
    expect(await screen.findByText('演示数据已重置。')).toBeInTheDocument();
    expect(await screen.findByText('1 件：企业备案申请 1 件')).toBeInTheDocument();

    const after = await callApi('GET', '/filing', { token }); // the session survives a reset
    expect(after.body.filing).toBeNull();
  });

  it('loads another scenario on reset', async () => {
    const { user } = renderApp('/demo');
    await user.click(await screen.findByLabelText('演示场景'));
    await user.click(await screen.findByTitle('备案待审核'));
    await user.click(screen.getByRole('button', { name: '重置演示数据' }));
    await user.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '确定重置' }));
    expect(await screen.findByText('演示数据已重置。')).toBeInTheDocument();

    const token = await signIn('xinqi');
    const { body } = await callApi('GET', '/filing', { token });
    expect(body.filing.current.status).toBe('申报');
  });

  it('sets a fault mode from the page, and the customs service then fails as chosen', async () => {
    const token = await signIn('jinggong');
    const { user } = renderApp('/demo');
    await user.click(await screen.findByRole('radio', { name: '服务器错误（500）' }));
    await user.click(screen.getByRole('radio', { name: '所有请求' }));
    await waitFor(() => {
      expect(screen.getByRole('radio', { name: '服务器错误（500）' })).toBeChecked();
      expect(screen.getByRole('radio', { name: '所有请求' })).toBeChecked();
    });

    const failing = await callApi('GET', '/filing', { token });
    expect(failing.status).toBe(500);
    expect(failing.body.message).toContain('海关服务内部错误');

    await user.click(screen.getByRole('radio', { name: '正常' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: '正常' })).toBeChecked());
    await expect(callApi('GET', '/filing', { token })).resolves.toMatchObject({ status: 200 });
  });
});
