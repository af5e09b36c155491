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
