// Nothing lost past the limits: a sheet taken past 2,000 lines is said at once, kept whole, and
// comes back whole after a reload; the user chooses between the lines up to the limit and all of
// them. Kept work that is damaged in part comes back with that part set aside and named.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signIn } from '@/test/renderApp';
import { fill, keptOnThisComputer } from '@/test/userActions';

const KEPT_NEW_SHEET = 'origin-portal:wip:jinggong:pre-review:new';
const RESTORED = /已恢复您在 .* 未提交的填写内容/;
const row = (n: number) => `原料${n}\t72285000\t日本\t千克\t1.5\t2\t0\t3`;
const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => row(from + i));
const line = (n: number) => ({
  key: `line-${n}`,
  materialName: `原料${n}`,
  materialHs: '72285000',
  origin: '日本',
  unit: '千克',
  unitPrice: '1.5',
  quantity: '2',
  originValue: '0',
  nonOriginValue: '3',
});
const product = {
  nameCn: '不锈钢保温杯',
  nameEn: 'Vacuum flask',
  model: 'BW-500',
  hsCode: '9617001900',
  unit: '个',
  currency: 'USD',
  exFactoryPrice: '100',
  fobValue: '120',
  hasImported: '是',
  processing: '冲压、焊接、抛光',
};
const keep = (values: unknown) =>
  localStorage.setItem(
    KEPT_NEW_SHEET,
    JSON.stringify({ savedAt: new Date().toISOString(), baseVersion: 0, values }),
  );

describe('a sheet past 2,000 lines (PR limits, work in progress)', () => {
  it('a paste past the limit is said at once, kept whole, back whole after a reload, and cut only when asked', async () => {
    await signIn('jinggong');
    const first = renderApp('/pre-reviews/new');
    await fill(first.user, '产品中文名称', '不锈钢保温杯');
    await first.user.click(screen.getByLabelText('第 1 行 原料名称'));
    await first.user.paste(rows(1, 2_050).join('\n'));

    expect(await screen.findByText(/已粘贴到第 1–2050 行（新增 2049 行）/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      '超出产品生产明细上限 50 行（最多 2000 行）。内容都已保留',
    );
    expect(screen.getByText('共 2050 行')).toBeInTheDocument();
    expect(
      screen.getByText('超出产品生产明细上限 50 行（最多 2000 行），删除多出的行后才能暂存或申报'),
    ).toBeInTheDocument();
    await keptOnThisComputer();
    first.unmount();

    // The reload: every line and the product field back, the mark with them.
    const { user } = renderApp('/pre-reviews/new');
    expect(await screen.findByText(RESTORED)).toHaveTextContent('产品“不锈钢保温杯”，产品生产明细 2050 行');
    expect(screen.getByText('共 2050 行')).toBeInTheDocument();
    expect(screen.getByLabelText('产品中文名称')).toHaveValue('不锈钢保温杯');
    expect(screen.getByLabelText('第 1 行 原料名称')).toHaveValue('原料1');
    expect(screen.getByText(/超出产品生产明细上限 50 行/)).toBeInTheDocument();

    // 暂存 says what stands in the way, and keeps everything.
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findAllByText('产品生产明细最多2000行')).not.toHaveLength(0);
    expect(screen.getByText('共 2050 行')).toBeInTheDocument();
  });

  it('只保留前 2000 行 cuts the lines after the limit, and says how many', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await user.click(await screen.findByLabelText('第 1 行 原料名称'));
    await user.paste(rows(1, 2_003).join('\n'));
    await user.click(await screen.findByRole('button', { name: '只保留前 2000 行' }));
    expect(await screen.findByText('已只保留前 2000 行，删除了其后的 3 行（可撤销）')).toBeInTheDocument();
    expect(screen.getByText('共 2000 行')).toBeInTheDocument();
    expect(screen.queryByText(/超出产品生产明细上限/)).not.toBeInTheDocument();
    // Undo brings them back, as any change of the lines.
    await user.click(screen.getByRole('button', { name: /撤销/ }));
    expect(await screen.findByText('共 2003 行')).toBeInTheDocument();
  });

  it('从表格导入 past the limit asks first: the lines up to the limit, or all of them', async () => {
    keep({ product, lines: Array.from({ length: 1_999 }, (_, i) => line(i + 1)) });
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    expect(await screen.findByText('共 1999 行')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '从表格导入' }));
    const dialog = await screen.findByRole('dialog', { name: '从表格导入产品生产明细' });
    await user.click(within(dialog).getByLabelText('粘贴表格内容'));
    await user.paste(rows(2_000, 3).join('\n'));
    await user.click(within(dialog).getByRole('button', { name: '预览粘贴的内容' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '导入后共 2002 行，超出产品生产明细上限 2 行（最多 2000 行）',
    );
    expect(within(dialog).getByRole('button', { name: '导入 3 行（超出上限）' })).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: '只导入前 1 行（到上限为止）' }));
    expect(await screen.findByText('共 2000 行')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText(/超出产品生产明细上限/)).not.toBeInTheDocument();
  });
});

describe('damaged kept work is read in parts', () => {
  it('a bad line and a bad product field are set aside and named; the rest comes back', async () => {
    const lines: unknown[] = [line(1), { ...line(2), unitPrice: 12 }, line(3), 'not a line'];
    keep({ product: { ...product, hsCode: { code: 9617 } }, lines });
    await signIn('jinggong');
    renderApp('/pre-reviews/new');
    const notice = await screen.findByText(RESTORED);
    const setAside = within(notice.closest('[role="alert"]') as HTMLElement).getByRole('list', {
      name: '无法恢复的内容',
    });
    const said = within(setAside)
      .getAllByRole('listitem')
      .map((item) => item.textContent?.split('：')[0]);
    expect(said).toEqual(['产品信息“HS编码”无法恢复', '第 2 行无法恢复', '第 4 行无法恢复']);
    expect(setAside).toHaveTextContent('第 2 行无法恢复：保存的内容已损坏，已略去');
    expect(setAside).toHaveTextContent('产品信息“HS编码”无法恢复：保存的内容已损坏，请核对后重新填写');
    expect(screen.getByText('共 2 行')).toBeInTheDocument();
    expect(screen.getByLabelText('第 1 行 原料名称')).toHaveValue('原料1');
    expect(screen.getByLabelText('第 2 行 原料名称')).toHaveValue('原料3');
    expect(screen.getByLabelText('产品中文名称')).toHaveValue('不锈钢保温杯');
    expect(screen.getByLabelText('HS编码')).toHaveValue('');
  });
});
