// The pre-review list offers exactly the actions the table allows, and carries them out.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { workedExample } from '@/test/workedExample';
import { declareAndConfirm, fill } from '@/test/userActions';
import { setRuntime } from '@mocks/http/runtime';

const NAME = '列表测试主轴';

async function approvedPreReview(token: string) {
  const data = workedExample();
  data.product.nameCn = NAME;
  const created = await callApi('POST', '/pre-reviews', {
    token,
    idempotencyKey: 'list-create',
    body: { version: 0, declare: true, data },
  });
  await callApi('POST', `/customs/applications/preReview/${created.body.preReview.id}/decision`, {
    token: await tokenFor('haiguan'),
    idempotencyKey: 'list-approve',
    body: { version: 1, decision: 'approve', opinion: '' },
  });
}

const actionsOf = (row: HTMLElement) =>
  within(row)
    .queryAllByRole('button')
    .map((b) => b.textContent);

describe('产品预审 list actions', () => {
  it('offers 变更, 注销 and 删除 on an approved record, and 申报 on the cancellation draft', async () => {
    const token = await signIn('jinggong');
    await approvedPreReview(token);
    const { user } = renderApp('/pre-reviews');
    const row = () => screen.getByText(NAME).closest('tr') as HTMLElement;
    await screen.findByText(NAME, {}, { timeout: 5_000 }); // the first render of this file is cold
    expect(row()).toHaveTextContent('正常');
    expect(row()).toHaveTextContent('3107A19000187-P0006'); // 预审编号, after the seed's five
    expect(actionsOf(row())).toEqual(['变更', '注销', '删除']);

    await user.click(within(row()).getByRole('button', { name: `注销 ${NAME}` }));
    // (In jsdom every antd-generated id is "test-id", so the dialog's aria-labelledby name is unreliable here.)
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`注销：${NAME}`);
    expect(within(dialog).getByRole('button', { name: '暂存注销申请' })).toBeDisabled();
    await user.click(within(dialog).getByLabelText('申请说明'));
    await user.paste('该型号已停产');
    await user.click(within(dialog).getByRole('button', { name: '暂存注销申请' }));
    expect(await screen.findByText('已生成注销申请（暂存），请申报。')).toBeInTheDocument();
    await waitFor(() => expect(actionsOf(row())).toEqual(['修改', '申报', '变更', '删除']));

    const summary = await declareAndConfirm(
      user,
      within(row()).getByRole('button', { name: `申报 ${NAME} 的注销申请` }),
    );
    expect(summary).toHaveTextContent('申请类型注销申请');
    expect(summary).toHaveTextContent('申请说明该型号已停产');
    expect(await screen.findByText('已申报，请等待海关审核。')).toBeInTheDocument();
    await waitFor(() => expect(actionsOf(row())).toEqual([]));
    expect(row()).toHaveTextContent('注销');
    expect(row()).toHaveTextContent('申报');
  });

  it('finds a pre-review by its 预审编号 and shows the number in its row', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews');
    await screen.findByText('铝合金轮毂', {}, { timeout: 5_000 });
    await fill(user, '预审编号', 'p0004');
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2)); // the head and one row
    const [, only] = screen.getAllByRole('row');
    expect(only).toHaveTextContent('铝合金轮毂');
    expect(only).toHaveTextContent('3107A19000187-P0004');
  });
});

describe('产品预审 查询 on its way', () => {
  it('says a new sort is on its way at once, keeps the rows until the answer, then shows the sorted rows', async () => {
    await signIn('jinggong');
    setRuntime({ latency: 'realistic' }); // 120–380 ms a request, as the demo's network
    const { user } = renderApp('/pre-reviews');
    await screen.findByText('共 5 条', {}, { timeout: 5_000 });
    const names = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        // The first cell: the product's name, then its 预审编号 under it.
        .map((row) => (within(row).getAllByRole('cell')[0]?.textContent ?? '').split('预审编号')[0] ?? '');
    const before = names();
    await user.click(screen.getByRole('columnheader', { name: /产品中文名称/ }));
    expect(screen.getByText('正在查询…')).toBeInTheDocument();
    expect(names()).toEqual(before); // the rows stay as they were until the answer
    // The bar goes with the render that shows the answer, not before it.
    await waitFor(() => expect(screen.queryByText('正在查询…')).not.toBeInTheDocument());
    const byName = new Intl.Collator('zh-CN');
    const sorted = names();
    expect(sorted).not.toEqual(before);
    // 产品中文名称, ascending as a Chinese reader sorts (拼音: bù, chǐ, lǚ, shù, yè).
    expect(sorted).toEqual([...before].sort((a, b) => byName.compare(a, b)));
  });
});
