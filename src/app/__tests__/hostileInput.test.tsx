// Hostile input through the forms: markup and emoji are shown back as typed text (never run as
// markup); 10,000 characters stay whole in the field with a count and a message, not cut; control
// characters are refused on the field; amounts that are negative, 1e309, NaN or carry too many
// decimals are refused on the field, and full-width digits become half-width in view.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { fill } from '@/test/userActions';

const MARKUP = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
const EMOJI = '周立新😀👨‍👩‍👧‍👦';
const LONG = '长'.repeat(10_000);

declare global {
  interface Window {
    __pwned?: number;
  }
}

describe('hostile text in the forms', () => {
  it('企业备案: markup and emoji are saved and shown back exactly, as text', async () => {
    const token = await signIn('xinqi');
    const first = renderApp('/filing');
    await fill(first.user, '企业中文名称', MARKUP);
    await fill(first.user, '联系人', EMOJI);
    await first.user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    expect((await callApi('GET', '/filing', { token })).body.filing.current.data.nameCn).toBe(MARKUP);
    first.unmount();

    renderApp('/filing');
    expect(await screen.findByLabelText('企业中文名称')).toHaveValue(MARKUP);
    expect(screen.getByLabelText('联系人')).toHaveValue(EMOJI);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.body.querySelector('script')).toBeNull();
    expect(window.__pwned).toBeUndefined();
  });

  it('10,000 characters stay whole in the field, with the count and the limit said', async () => {
    await signIn('xinqi');
    const { user } = renderApp('/filing');
    await fill(user, '住所/地址', LONG);
    const field = screen.getByLabelText('住所/地址');
    expect(field).toHaveValue(LONG);
    expect(screen.getByText('10000 / 200')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findAllByText('住所/地址不能超过200个字符')).not.toHaveLength(0);
    expect(field).toHaveValue(LONG);
  });

  it('control characters are refused on the field, in the form and in the service', async () => {
    const token = await signIn('xinqi');
    const { user } = renderApp('/filing');
    await fill(user, '联系人', '周立新\u0007\u0000');
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(
      await screen.findAllByText('不能包含控制字符（不可见的特殊字符），请删除后重新输入'),
    ).not.toHaveLength(0);
    expect(screen.getByLabelText('联系人')).toHaveValue('周立新\u0007\u0000');
    expect((await callApi('GET', '/filing', { token })).body.filing).toBeNull();
  });
});

describe('hostile input in the cost sheet', () => {
  const rowAlerts = () => screen.getAllByRole('alert').map((a) => a.textContent ?? '');

  it.each([
    ['-5', '第 1 行：原料单价不能为负数'],
    ['1e309', '第 1 行：原料单价应为数字（半角数字和小数点，如 12.5）'],
    ['NaN', '第 1 行：原料单价应为数字（半角数字和小数点，如 12.5）'],
    ['1.123456789', '第 1 行：原料单价最多保留4位小数'],
    ['9999999999999', '第 1 行：原料单价数值过大'],
  ])('原料单价 %s is refused on the line: %s', async (typed, said) => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await fill(user, '第 1 行 原料单价', typed);
    expect(screen.getByLabelText('第 1 行 原料单价')).toHaveValue(typed);
    await waitFor(() => expect(rowAlerts().some((text) => text.includes(said))).toBe(true));
  });

  it('full-width digits become half-width as they are typed, and count', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await fill(user, '第 1 行 原料单价', '１２．５');
    expect(screen.getByLabelText('第 1 行 原料单价')).toHaveValue('12.5');
    await fill(user, '第 1 行 单位产品用料', '２');
    const amount = screen.getByLabelText('第 1 行 单价×用料');
    await waitFor(() => expect(amount).toHaveTextContent('25.00'));
  });

  it('over-long text and control characters in a line are said live, and markup in a name is shown as text', async () => {
    await signIn('jinggong');
    const editor = renderApp('/pre-reviews/new');
    const { user } = editor;
    await fill(user, '第 1 行 原料名称', LONG);
    await waitFor(() =>
      expect(rowAlerts().some((t) => t.includes('第 1 行：原料名称不能超过100个字符（现有 10000 个）'))).toBe(
        true,
      ),
    );
    expect(screen.getByLabelText('第 1 行 原料名称')).toHaveValue(LONG);
    await fill(user, '第 1 行 原料名称', '钢\u0000板');
    await waitFor(() =>
      expect(rowAlerts().some((t) => t.includes('第 1 行：原料名称不能包含控制字符'))).toBe(true),
    );

    await fill(user, '产品中文名称', MARKUP);
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(
      await screen.findByText('不能包含控制字符（不可见的特殊字符），请删除后重新输入'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('第 1 行 原料名称')).toHaveFocus());
    await fill(user, '第 1 行 原料名称', '钢板');
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();

    editor.unmount();
    renderApp('/pre-reviews');
    const table = await screen.findByRole('table', {}, { timeout: 5_000 });
    expect(await within(table).findByText(MARKUP)).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(window.__pwned).toBeUndefined();
  });
});

describe('invisible characters, spaces, self-authorisation and guessing, through the forms', () => {
  it('a direction override or zero-width space is refused on the field, live in the sheet and on 暂存', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await fill(user, '第 1 行 原料名称', 'invoice\u202efdp.exe');
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .some((a) => a.textContent?.includes('第 1 行：原料名称不能包含零宽字符或文字方向控制符')),
      ).toBe(true),
    );
    await fill(user, '产品中文名称', '保温\u200b杯');
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findAllByText(/不能包含零宽字符或文字方向控制符/)).not.toHaveLength(0);
    expect(screen.getByLabelText('产品中文名称')).toHaveValue('保温\u200b杯');
  });

  it('an amount typed with spaces around it counts as the number, and is saved without them', async () => {
    const token = await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await fill(user, '产品中文名称', '不锈钢保温杯');
    await fill(user, '第 1 行 原料单价', ' 12.5 ');
    await fill(user, '第 1 行 单位产品用料', '2 ');
    await waitFor(() => expect(screen.getByLabelText('第 1 行 单价×用料')).toHaveTextContent('25.00'));
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    const { body } = await callApi('GET', '/pre-reviews?pageSize=100&sort=updatedAt&order=desc', { token });
    const saved = await callApi('GET', `/pre-reviews/${body.preReviews[0].id}`, { token });
    expect(saved.body.preReview.data.lines[0]).toMatchObject({ unitPrice: '12.5', quantity: '2' });
  });

  it('代录入企业: the enterprise’s own 统一社会信用代码 is refused on the field', async () => {
    const token = await signIn('jinggong');
    const own = (await callApi('GET', '/auth/session', { token })).body.session.enterprise.uscc;
    const { user } = renderApp('/agencies');
    await user.click(await screen.findByRole('button', { name: '新增代录入企业' }));
    const drawer = await screen.findByRole('dialog', { name: '新增代录入企业' });
    await fill(user, '统一社会信用代码', own);
    await user.click(within(drawer).getByRole('button', { name: '保存授权' }));
    // Said on the field itself (and listed in the form's summary of what needs changing).
    await waitFor(() =>
      expect(within(drawer).getByLabelText('统一社会信用代码')).toHaveAccessibleDescription(
        /这是本企业自己的统一社会信用代码/,
      ),
    );
  });

  it('登录: five wrong passwords lock the account, and the page says until when', async () => {
    const { user } = renderApp('/login');
    await fill(user, '用户名', 'huamao');
    for (let i = 0; i < 5; i += 1) {
      await fill(user, '密码', `wrong-${i}`);
      await user.click(screen.getByRole('button', { name: '登录' }));
      if (i < 4) expect(await screen.findByText('用户名或密码不正确')).toBeInTheDocument();
    }
    expect(await screen.findByText(/账号已锁定，请于 .*（北京时间）后再试/)).toBeInTheDocument();
  });

  it('核查回复: a crafted reply with too many files for one document is refused on that document', async () => {
    await signIn('jinggong');
    const file = (n: number) => ({
      id: `00000000-0000-4000-8000-00000000000${n}`,
      name: `发票${n}.pdf`,
      size: 64,
      type: 'application/pdf',
    });
    localStorage.setItem(
      'origin-portal:wip:jinggong:verification:vr-jinggong-spindle',
      JSON.stringify({
        savedAt: new Date().toISOString(),
        baseVersion: 1,
        values: {
          reply: '附发票。',
          files: {
            processFlow: [file(1)],
            purchaseList: [file(2)],
            purchaseInvoices: [3, 4, 5, 6, 7, 8].map(file),
          },
        },
      }),
    );
    const { user } = renderApp('/verifications/vr-jinggong-spindle/respond');
    await user.click(await screen.findByRole('button', { name: '提交回复' }, { timeout: 5_000 }));
    expect(
      await screen.findByText('“原材料采购发票”最多上传 5 个附件，请删除多余的附件'),
    ).toBeInTheDocument();
  });
});
