// 打印成本明细单 from the record page and from the editor: the print preview shows the A4 pages as
// they print, each with the letterhead the service gives (enterprise, 统一社会信用代码, 备案号), the
// column heads and its page number; the last with the totals, PR7/PR8, state, date and signature.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { sheetLine, workedExample } from '@/test/workedExample';
import { importRows } from './importRows';

const preview = () => screen.findByRole('dialog', { name: '产品成本明细单打印预览' });

describe('the printed 产品成本明细单', () => {
  it('prints a declared record with its letterhead, lines, PR7/PR8 and signature block', async () => {
    const token = await signIn('jinggong');
    const { body: standing } = await callApi('GET', '/filing/standing', { token });
    const created = await callApi('POST', '/pre-reviews', {
      token,
      idempotencyKey: 'print-create',
      body: { version: 0, declare: true, data: workedExample() },
    });
    const { user } = renderApp(`/pre-reviews/${created.body.preReview.id}`);
    const button = await screen.findByRole('button', { name: /打印成本明细单/ });
    expect(screen.getByLabelText('当前状态')).toHaveTextContent(`预审编号 ${created.body.preReview.number}`);
    await user.click(button);
    const dialog = await preview();
    expect(
      within(dialog).getByText('产品成本明细单 · A4 横向 · 共 1 页 · 另附原产地标准预判 1 页'),
    ).toBeInTheDocument();
    const page = within(dialog).getByRole('region', { name: '第 1 页' });
    const head = within(page).getByRole('group', { name: '页眉' });
    expect(head).toHaveTextContent('企业名称：宁波海曙精工机械有限公司');
    expect(head).toHaveTextContent(`备案号：${standing.standing.filingNo}`);
    expect(head).toHaveTextContent(`预审编号：${created.body.preReview.number}`);
    expect(created.body.preReview.number).toMatch(new RegExp(`^${standing.standing.filingNo}-P\\d{4}$`));
    expect(head).toHaveTextContent('产品：数控机床主轴（SP-120）');
    const lines = within(page).getByRole('table', { name: '产品生产明细' });
    expect(
      within(lines)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      '序号原料名称原料HS编码原产国(地区)计量单位原料单价单位产品用料原料原产价值原料非原产价值',
      // Each amount column with one number of decimals (at least 2), so the printed column lines up.
      '1合金钢棒72285000日本千克12.50210.0015.00',
      '2包装纸箱浙江省个0.1030.300.00',
      '合计（共 2 行）10.3015.00',
    ]);
    const results = within(page).getByRole('table', { name: '计算结果' });
    expect(within(results).getByRole('row', { name: /非原产占出厂价的百分比/ })).toHaveTextContent('15.00%');
    expect(within(results).getByRole('row', { name: /非原产占 FOB 的百分比/ })).toHaveTextContent('12.50%');
    expect(within(results).getByRole('row', { name: /申请状态/ })).toHaveTextContent('新增 · 申报');
    expect(within(results).getByRole('row', { name: /申报日期/ })).toHaveTextContent(/\d{4}\/\d{2}\/\d{2}/);
    expect(within(page).getByLabelText('签字盖章')).toHaveTextContent('企业盖章');
    expect(within(page).getByText('第 1 页 共 1 页')).toBeInTheDocument();
    // The advice on a page of its own, after the form's: RCEP has no rule for 8466.93 on file, so it
    // says so with the RVC as a reference; 中国—东盟's general rule is met by RVC (domain.md).
    const appendix = within(dialog).getByRole('region', { name: '附页：原产地标准预判' });
    expect(appendix).toHaveTextContent('预判，仅供参考，以海关审核为准');
    expect(appendix).toHaveTextContent(
      '该HS编码的产品特定规则未收录；参考：按本协定公式计算的区域价值成分 87.50%',
    );
    expect(appendix).toHaveTextContent('中国—东盟自由贸易协定：满足');
    // Escape closes the preview and gives the focus back to the button that opened it.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveFocus();
  });

  it('prints what the editor holds, unsaved, on as many pages as it takes, the header on each', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await user.type(await screen.findByLabelText('产品中文名称'), '不锈钢保温杯');
    const row = (i: number) => {
      const l = sheetLine(`p${i}`, {
        materialName: `原料${i}`,
        unitPrice: '1',
        quantity: '1',
        nonOriginValue: '1',
      });
      return [
        l.materialName,
        l.materialHs,
        l.origin,
        l.unit,
        l.unitPrice,
        l.quantity,
        l.originValue,
        l.nonOriginValue,
      ].join('\t');
    };
    await importRows(
      user,
      Array.from({ length: 60 }, (_, i) => row(i + 1)),
    );
    await user.click(await screen.findByRole('button', { name: /打印成本明细单/ }));
    const printed = await preview();
    const pages = within(printed).getAllByRole('region', { name: /^第 \d+ 页$/ });
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(within(page).getByRole('group', { name: '页眉' })).toHaveTextContent('产品：不锈钢保温杯');
      expect(within(page).getByText(`第 ${i + 1} 页 共 ${pages.length} 页`)).toBeInTheDocument();
    });
    // Every line once, in order, across the pages; the product's information on the first only.
    const numbers = pages.flatMap((page) =>
      within(page)
        .queryAllByRole('row')
        .map((r) => r.querySelector('td')?.textContent)
        .filter((n): n is string => n !== undefined && /^\d+$/.test(n)),
    );
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => String(i + 1)));
    expect(within(pages[0] as HTMLElement).getByRole('table', { name: '产品信息' })).toBeInTheDocument();
    expect(within(pages[1] as HTMLElement).queryByRole('table', { name: '产品信息' })).toBeNull();
    const last = pages.at(-1) as HTMLElement;
    expect(within(last).getByRole('row', { name: /申请状态/ })).toHaveTextContent('新增，尚未暂存或申报');
    expect(within(last).getByText('合计（共 60 行）')).toBeInTheDocument();
  });
});
