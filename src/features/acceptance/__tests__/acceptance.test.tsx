// 受理情况查询 and the home dashboard through the UI against the mock service.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signIn } from '@/test/renderApp';

const rows = () => screen.getAllByRole('row').slice(1);

describe('受理情况查询', () => {
  it('lists every kind of application with receipts, and filters by kind, state and dates in the URL', async () => {
    await signIn('jinggong');
    const { user, router } = renderApp('/acceptance');
    // The 2019 filing: customs' opinion and the receipt both name the 备案号.
    expect(
      await screen.findAllByText('备案审核通过，备案号是3107A19000187', {}, { timeout: 5_000 }),
    ).toHaveLength(2);
    for (const kind of [
      '企业备案申请',
      '备案变更申请',
      '授权人员备案',
      '代录入授权',
      '产品预审申请',
      '核查回复',
    ])
      expect(screen.getAllByText(kind).length).toBeGreaterThan(0);

    await user.click(screen.getByLabelText('申请类型'));
    await user.click(await screen.findByTitle('备案变更申请'));
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(router.state.location.search).toContain('type=filingChange'));
    await waitFor(() => expect(rows().every((row) => row.textContent?.includes('备案变更申请'))).toBe(true));
    expect(rows()).toHaveLength(2); // approved in 2021, rejected in 2020
    const rejected = rows().find((row) => row.textContent?.includes('审核不通过')) as HTMLElement;
    expect(within(rejected).getByRole('link', { name: '宁波海曙精工机械有限公司' })).toHaveAttribute(
      'href',
      '/filing',
    );

    // Sorting is the service's: the header writes it into the URL, from page 1.
    await user.click(screen.getByRole('columnheader', { name: /审核时间/ }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=decidedAt'));
    await waitFor(() => expect(rows()[0]).toHaveTextContent('2020/11/04'));

    await user.click(screen.getByRole('button', { name: '重置' }));
    await user.type(screen.getByLabelText('申报日期从'), '2020-01-01');
    await user.type(screen.getByLabelText('申报日期至'), '2020-12-31');
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(screen.getByText('共 2 条')).toBeInTheDocument());
  });

  it('names the 受理海关 of every application: a filing its own, the others the enterprise’s 备案海关', async () => {
    await signIn('jinggong');
    renderApp('/acceptance');
    await screen.findAllByText('备案审核通过，备案号是3107A19000187', {}, { timeout: 5_000 });
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    const office = headers.indexOf('受理海关');
    const offices = rows().map((row) => within(row).getAllByRole('cell')[office]?.textContent);
    expect(offices.length).toBeGreaterThan(10);
    expect(offices.filter((o) => !o || o === '—')).toEqual([]);
    const rowOf = (kind: string) => rows().find((row) => row.textContent?.startsWith(kind)) as HTMLElement;
    for (const kind of ['产品预审申请', '授权人员备案', '代录入授权'])
      expect(within(rowOf(kind)).getAllByRole('cell')[office]).toHaveTextContent('宁波海关·海曙海关');
    expect(within(rowOf('核查回复')).getAllByRole('cell')[office]).toHaveTextContent('宁波海关');

    // The console names it too, on the decisions made.
    await signIn('haiguan');
    const { user } = renderApp('/customs');
    await user.click(await screen.findByRole('tab', { name: '已审核' }, { timeout: 5_000 }));
    const [decided] = await screen.findAllByRole('button', {
      name: '查看 宁波海曙精工机械有限公司 的产品预审申请',
    });
    await user.click(decided as HTMLElement);
    const drawer = await screen.findByRole('dialog', { name: '产品预审申请 · 宁波海曙精工机械有限公司' });
    expect(within(drawer).getByText('受理海关').closest('tr')).toHaveTextContent('宁波海关·海曙海关');
  });

  it('shows counts by state and recent decisions on the home page, each linking on', async () => {
    await signIn('jinggong');
    renderApp('/');
    const approved = await screen.findByRole('link', { name: /^审核通过的申请 \d+ 项$/ }, { timeout: 5_000 });
    expect(approved).toHaveAttribute('href', '/acceptance?status=%E5%AE%A1%E6%A0%B8%E9%80%9A%E8%BF%87');
    const recent = screen.getByRole('list', { name: '最近的海关审核结果' });
    const first = within(recent).getAllByRole('listitem')[0] as HTMLElement;
    expect(first).toHaveTextContent('产品预审申请：铝合金轮毂（HS 87087095），预审编号 3107A19000187-P0004');
    expect(within(first).getByRole('link')).toHaveAttribute('href', '/pre-reviews/pr-jinggong-wheel');
  });
});
