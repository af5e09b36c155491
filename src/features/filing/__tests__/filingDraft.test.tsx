// The filing form against the mock service: 暂存 survives a reload, unsaved typing survives a
// reload, another tab's change shows up, and a stale save becomes a conflict, not an overwrite.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi } from '@/test/callApi';
import { emptyFilingDraft } from '@/contract/filing';
import { renderApp, signIn } from '@/test/renderApp';
import { fill } from '@/test/userActions';

describe('企业备案 drafts (暂存)', () => {
  it('keeps a saved draft across a reload', async () => {
    await signIn('xinqi');
    const first = renderApp('/filing');
    await fill(first.user, '企业中文名称', '苏州新启电子');
    await first.user.type(screen.getByLabelText('联系人'), '周立新');
    await first.user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    first.unmount();

    renderApp('/filing'); // a reload: new page, same browser storage and database
    expect(await screen.findByLabelText('企业中文名称')).toHaveValue('苏州新启电子');
    expect(screen.getByLabelText('联系人')).toHaveValue('周立新');
    expect(within(screen.getByRole('region', { name: '备案状态' })).getByText('暂存')).toBeInTheDocument();
  });

  it('restores what was typed but not saved after a reload, and says so', async () => {
    await signIn('xinqi');
    const first = renderApp('/filing');
    await first.user.type(await screen.findByLabelText('住所/地址'), '江苏省苏州市工业园区星湖街 328 号');
    first.unmount(); // the tab closes before any 暂存

    renderApp('/filing');
    expect(await screen.findByLabelText('住所/地址')).toHaveValue('江苏省苏州市工业园区星湖街 328 号');
    expect(screen.getByText(/已恢复您在 .* 未提交的填写内容/)).toBeInTheDocument();
  });

  it('brings back typing past a field’s limit as it was, and sets aside only a damaged field, named', async () => {
    await signIn('xinqi');
    const tooLong = '苏'.repeat(120);
    localStorage.setItem(
      'origin-portal:wip:xinqi:filing',
      JSON.stringify({
        savedAt: new Date().toISOString(),
        baseVersion: 0,
        values: { ...emptyFilingDraft, nameCn: tooLong, address: '星湖街 328 号', contactName: 42 },
      }),
    );
    renderApp('/filing');
    const notice = await screen.findByText(/已恢复您在 .* 未提交的填写内容/);
    expect(within(notice.closest('[role="alert"]') as HTMLElement).getByRole('list')).toHaveTextContent(
      /^“联系人”无法恢复：/,
    );
    expect(screen.getByLabelText('企业中文名称')).toHaveValue(tooLong);
    expect(screen.getByLabelText('住所/地址')).toHaveValue('星湖街 328 号');
    expect(screen.getByLabelText('联系人')).toHaveValue('');
  });

  it('shows a change saved in another tab when nothing was typed here', async () => {
    const token = await signIn('xinqi');
    renderApp('/filing');
    const name = await screen.findByLabelText('企业中文名称');
    expect(name).toHaveValue('苏州工业园区新启电子科技有限公司');

    const otherTab = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'other-tab-save',
      body: { version: 0, data: { ...emptyFilingDraft, nameCn: '另一个标签页录入的名称' } },
    });
    expect(otherTab.status).toBe(200);
    await waitFor(() => expect(name).toHaveValue('另一个标签页录入的名称'));
  });

  it('turns a save over another tab’s newer change into a conflict and keeps the typed values', async () => {
    const token = await signIn('xinqi');
    const { user } = renderApp('/filing');
    const name = await screen.findByLabelText('企业中文名称');
    await user.clear(name);
    await user.type(name, '本标签页的名称');

    await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'other-tab-first',
      body: { version: 0, data: { ...emptyFilingDraft, nameCn: '另一个标签页的名称' } },
    });
    await user.click(screen.getByRole('button', { name: '暂存' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('提交未生效：备案已在其他窗口更新')).toBeInTheDocument();
    expect(name).toHaveValue('本标签页的名称');

    // Keeping their own values and saving again now succeeds, over the newer version.
    await user.click(within(alert).getByRole('button', { name: '保留我的内容' }));
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    const saved = await callApi('GET', '/filing', { token });
    expect(saved.body.filing.current.data.nameCn).toBe('本标签页的名称');
    expect(saved.body.filing.version).toBe(2);
  });

  it('takes 工商注册地 from a valid 统一社会信用代码, and its 请选择 goes with it', async () => {
    const token = await signIn('xinqi');
    // A draft saved with only a 联系人: the form starts from it, with no 工商注册地.
    const saved = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'contact-only',
      body: { version: 0, data: { ...emptyFilingDraft, contactName: '周立新' } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const { user } = renderApp('/filing');
    expect(await screen.findByLabelText('联系人')).toHaveValue('周立新');
    const uscc = await screen.findByLabelText('统一社会信用代码');
    await user.clear(uscc);
    await user.click(screen.getByRole('button', { name: '申报' }));
    expect((await screen.findAllByText('请选择工商注册地')).length).toBeGreaterThan(0);
    await user.click(uscc);
    await user.paste('91320594MA25C8TK6U');
    const province = screen.getByLabelText('工商注册地').closest('.ant-select');
    await waitFor(() => expect(province).toHaveTextContent('江苏省'));
    await waitFor(() => expect(screen.queryByText('请选择工商注册地')).toBeNull());
  });

  it('starts a first filing from what the account knows: the enterprise’s name and 统一社会信用代码', async () => {
    await signIn('xinqi');
    renderApp('/filing');
    expect(await screen.findByLabelText('企业中文名称')).toHaveValue('苏州工业园区新启电子科技有限公司');
    expect(screen.getByLabelText('统一社会信用代码')).toHaveValue('91320594MA25C8TK6U');
    expect(screen.getByLabelText('联系人')).toHaveValue('');
    // Taken from the code, as typing it would.
    expect(screen.getByLabelText('工商注册地').closest('.ant-select')).toHaveTextContent('江苏省');
    // What it started with is not typing: a reload has nothing to restore.
    cleanup();
    renderApp('/filing');
    expect(await screen.findByLabelText('企业中文名称')).toHaveValue('苏州工业园区新启电子科技有限公司');
    expect(screen.queryByText(/已恢复您在/)).toBeNull();
  });

  it('checks the declaration in the form before sending it, naming each field', async () => {
    await signIn('xinqi');
    const { user } = renderApp('/filing');
    await fill(user, '企业中文名称', '');
    await fill(user, '统一社会信用代码', '91320594MA25C8TK6X');
    await user.click(screen.getByRole('button', { name: '申报' }));
    expect(await screen.findByText('统一社会信用代码校验位不正确，请核对后重新输入')).toBeInTheDocument();
    expect(screen.getByText('请填写企业中文名称')).toBeInTheDocument();
    expect(screen.getByLabelText('统一社会信用代码')).toHaveAttribute('aria-invalid', 'true');
  });
});
