// The cost-sheet editor against the mock service: live PR7/PR8, each rule on its field, the
// service's refusal shown, faults keep the sheet, a reload restores it, pasting reports bad
// cells; the gate (FR2–FR4) in the UI.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UserEvent } from '@testing-library/user-event';
import { setRuntime } from '@mocks/http/runtime';
import { readFirstSheet, writeWorkbook, XLSX_TYPE } from '@/lib/spreadsheet';
import { callApi, listedPreReviewIds } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { choose, fill, declareAndConfirm } from '@/test/userActions';
import { buildLinesTemplate } from '../spreadsheet/linesTemplate';
import { importRows } from './importRows';

/** domain.md's worked example, typed into the editor. */
async function typeWorkedExample(user: UserEvent) {
  await fill(user, '产品中文名称', '数控机床主轴');
  await fill(user, '产品英文名称', 'CNC spindle');
  await fill(user, '规格型号', 'SP-120');
  await fill(user, 'HS编码', '84669310');
  await fill(user, '计量单位', '件');
  await fill(user, '单位产品出厂价', '100.00');
  await fill(user, '单位产品 FOB 值', '120.00');
  await choose(user, '是否含有进口成分', '是');
  await fill(user, '加工工序', '车削、热处理、磨削、装配');
  const line = async (row: number, values: string[]) => {
    const labels = [
      '原料名称',
      '原料HS编码',
      '原产国(地区)',
      '计量单位',
      '原料单价',
      '单位产品用料',
      '原料原产价值',
      '原料非原产价值',
    ];
    for (const [i, label] of labels.entries()) await fill(user, `第 ${row} 行 ${label}`, values[i] ?? '');
  };
  await line(1, ['合金钢棒', '72285000', '日本', '千克', '12.5', '2', '10', '15']);
  await user.click(screen.getByRole('button', { name: /新增一行/ }));
  await line(2, ['包装纸箱', '', '浙江省', '个', '0.1', '3', '0.3', '0']);
}

const percentages = () => [
  screen.getByTestId('percent-ex-factory').textContent,
  screen.getByTestId('percent-fob').textContent,
];

/** The message under a field; the summary above the sheet repeats it in its list. */
async function findFieldMessage(text: string) {
  const beside = (await screen.findAllByText(text)).filter(
    (element) => !element.closest('[aria-label="需要修改的项目"]'),
  );
  expect(beside).toHaveLength(1);
  return beside[0];
}

describe('the cost-sheet editor', () => {
  it('computes 15.00% and 12.50% for the worked example as it is typed (PR7, PR8), then declares it', async () => {
    const token = await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await typeWorkedExample(user);
    await waitFor(() => expect(percentages()).toEqual(['15.00%', '12.50%']));
    expect(within(screen.getByRole('row', { name: /^2/ })).getByText('✓ 相符')).toBeInTheDocument();

    await fill(user, '单位产品 FOB 值', '150');
    await waitFor(() => expect(percentages()).toEqual(['15.00%', '10.00%']));

    // The confirmation lists what goes to customs, with the shares as the sheet computed them.
    const summary = await declareAndConfirm(user);
    expect(summary).toHaveTextContent('预审编号申报时生成');
    expect(summary).toHaveTextContent('产品中文名称数控机床主轴');
    expect(summary).toHaveTextContent('产品生产明细2 行');
    expect(summary).toHaveTextContent('非原产占出厂价 / FOB 的百分比15.00% / 10.00%');
    expect(await screen.findByText('已申报，请等待海关审核。')).toBeInTheDocument();
    expect(screen.getByText('（预审编号 3107A19000187-P0006）')).toBeInTheDocument();
    const { body } = await callApi('GET', '/pre-reviews', { token });
    expect(body.preReviews[0]).toMatchObject({
      number: '3107A19000187-P0006',
      state: '新增',
      applicationStatus: '申报',
    });
  });

  it('shows each broken rule next to its field, naming the numbers, and offers the remaining value', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await typeWorkedExample(user);
    await fill(user, '单位产品 FOB 值', '90');
    await findFieldMessage('单位产品 FOB 值（90）不能小于单位产品出厂价（100）');
    expect(screen.getByLabelText('单位产品 FOB 值')).toHaveAttribute('aria-invalid', 'true');

    await fill(user, '第 1 行 原料非原产价值', '');
    const fillButton = await screen.findByRole('button', {
      name: '第 1 行 按单价×用料填入原料非原产价值 15',
    });
    await fill(user, '第 1 行 原料非原产价值', '14');
    await findFieldMessage(
      '第 1 行：原料单价 × 单位产品用料 = 25，但原料原产价值 + 原料非原产价值 = 24，相差 1',
    );
    expect(fillButton).not.toBeInTheDocument();

    await choose(user, '是否含有进口成分', '否');
    await findFieldMessage(
      '已选择不含进口成分，但原料非原产价值合计为 14，应为 0：请改选“是”，或改正原料非原产价值',
    );
  });

  it('shows PR2, PR5 and PR6 on their fields', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await typeWorkedExample(user);
    await fill(user, '第 1 行 原料原产价值', '25');
    await fill(user, '第 1 行 原料非原产价值', '0');
    await findFieldMessage(
      '已选择含有进口成分，但所有原料非原产价值合计为 0：请填写进口原料的原料非原产价值，或改选“否”',
    );
    expect(screen.getByLabelText('是否含有进口成分')).toHaveAttribute('aria-invalid', 'true');

    await fill(user, '单位产品出厂价', '20');
    await fill(user, '单位产品 FOB 值', '20');
    await findFieldMessage('所有原料价值合计（25.3）不能大于单位产品出厂价（20）');
    await findFieldMessage('所有原料价值合计（25.3）不能大于单位产品 FOB 值（20）');
    expect(screen.getByLabelText('单位产品出厂价')).toHaveAttribute('aria-invalid', 'true');
  });

  it('fills the remaining value in one click', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await fill(user, '第 1 行 原料单价', '12.5');
    await fill(user, '第 1 行 单位产品用料', '2');
    await fill(user, '第 1 行 原料原产价值', '10');
    await user.click(await screen.findByRole('button', { name: '第 1 行 按单价×用料填入原料非原产价值 15' }));
    expect(screen.getByLabelText('第 1 行 原料非原产价值')).toHaveValue('15');
  });

  it('recomputes 原产地标准预判 when a line already typed is edited in place, not only when lines come and go', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await fill(user, 'HS编码', '8518900000');
    await fill(user, '单位产品出厂价', '90.00');
    await fill(user, '单位产品 FOB 值', '100.00');
    const line = async (row: number, values: string[]) => {
      const labels = ['原料名称', '原料HS编码', '原产国(地区)', '计量单位', '原料单价', '单位产品用料'];
      const more = ['原料原产价值', '原料非原产价值'];
      for (const [i, label] of [...labels, ...more].entries())
        await fill(user, `第 ${row} 行 ${label}`, values[i] ?? '');
    };
    await line(1, ['扬声器振膜', '85189000', '美国', '片', '65', '1', '0', '65']);
    await user.click(screen.getByRole('button', { name: /新增一行/ }));
    await line(2, ['钢制盆架', '73269090', '江苏', '个', '10', '1', '10', '0']);
    const rcep = () => within(screen.getByTestId('origin-advice-RCEP'));
    await waitFor(() =>
      expect(rcep().getByRole('list', { name: 'RCEP的原产地标准' })).toHaveTextContent('35.00%'),
    );

    // The membrane sourced locally: the same line's cells change, no line is added or removed.
    await fill(user, '第 1 行 原产国(地区)', '浙江');
    await fill(user, '第 1 行 原料原产价值', '65');
    await fill(user, '第 1 行 原料非原产价值', '0');
    await waitFor(() =>
      expect(rcep().getByRole('list', { name: 'RCEP的原产地标准' })).toHaveTextContent('100.00%'),
    );
    expect(rcep().getByRole('list', { name: 'RCEP的原产地标准' })).not.toHaveTextContent('35.00%');
  });

  it('refuses 申报 in the form while a rule is broken, and takes the user to the first field; 暂存 still saves', async () => {
    const token = await signIn('jinggong');
    const listed = await listedPreReviewIds(token);
    const { user } = renderApp('/pre-reviews/new');
    await fill(user, '单位产品出厂价', '100.00');
    await user.click(screen.getByRole('button', { name: '申报' }));
    expect(await screen.findByText('还有需要修改的项目，请按提示修改后再申报。')).toBeInTheDocument();
    // Empty required fields count from the first 申报 on; the first the rules name is the FOB value.
    expect(await screen.findByText(/需要修改后才能申报/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('单位产品 FOB 值')).toHaveFocus());
    expect(screen.getByLabelText('产品中文名称')).toHaveAccessibleDescription('请填写产品中文名称');
    expect(await listedPreReviewIds(token)).toEqual(listed); // nothing was sent

    // A draft may leave fields empty: 暂存 runs the submitted sheet's checks only.
    expect(screen.getByText('预审编号在首次暂存或申报时生成')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    expect(await listedPreReviewIds(token)).toHaveLength(listed.length + 1);
    // The service numbered it after the seed's five: the receipt and the editor say so.
    expect(screen.getByText('（预审编号 3107A19000187-P0006）')).toBeInTheDocument();
    expect(
      await screen.findByText('3107A19000187-P0006', { selector: '.ant-card-extra .code-text' }),
    ).toBeInTheDocument();
  });

  it('ignores a fully blank line: no message about it, and 申报 sends the lines that have content', async () => {
    const token = await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await typeWorkedExample(user);
    await user.click(screen.getByRole('button', { name: /新增一行/ }));
    expect(screen.getByLabelText('第 3 行 原料名称')).toHaveValue('');
    await declareAndConfirm(user);
    expect(await screen.findByText('已申报，请等待海关审核。')).toBeInTheDocument();
    const { body } = await callApi('GET', '/pre-reviews', { token });
    const detail = await callApi('GET', `/pre-reviews/${body.preReviews[0].id}`, { token });
    expect(detail.body.preReview.data.lines.map((l: { materialName: string }) => l.materialName)).toEqual([
      '合金钢棒',
      '包装纸箱',
    ]);
  });

  it('keeps the whole sheet when 申报 meets a 500 or a network error', async () => {
    const token = await signIn('jinggong');
    const listed = await listedPreReviewIds(token);
    const { user } = renderApp('/pre-reviews/new');
    await typeWorkedExample(user);
    setRuntime({ fault: 'server-error' });
    await declareAndConfirm(user);
    expect(await screen.findByText(/海关服务内部错误（500）/)).toBeInTheDocument();
    setRuntime({ fault: 'network' });
    await declareAndConfirm(user);
    expect(await screen.findByText(/无法连接海关服务/)).toBeInTheDocument();
    expect(screen.getByLabelText('第 2 行 原料名称')).toHaveValue('包装纸箱');
    await waitFor(() => expect(percentages()).toEqual(['15.00%', '12.50%']));
    setRuntime({ fault: 'none' });
    expect(await listedPreReviewIds(token)).toEqual(listed); // nothing was stored
  });

  it('imports lines from a filled-in .xlsx template through its preview, and refuses a file that is not one', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await user.click(await screen.findByRole('button', { name: '从表格导入' }));
    const dialog = await screen.findByRole('dialog', { name: '从表格导入产品生产明细' });
    await user.upload(
      within(dialog).getByLabelText('选择 Excel 文件'),
      new File(['not a workbook'], '明细.xlsx', { type: XLSX_TYPE }),
    );
    expect(
      await within(dialog).findByText(/无法读取“明细\.xlsx”：不是有效的 Excel（\.xlsx）文件，未导入任何内容/),
    ).toBeInTheDocument();
    // The template's own header row, with two lines typed under it.
    const [header = []] = await readFirstSheet(await buildLinesTemplate());
    const workbook = await writeWorkbook([
      {
        name: '产品生产明细',
        rows: [
          header,
          ['铝锭', '76012000', '澳大利亚', '千克', '2.6', '12', '0', '31.2'],
          ['包装木箱', '', '浙江省', '个', '8', '0.25', '2', '0'],
        ],
      },
    ]);
    // Upload renews its input after every choice: the field is found again, as a user would.
    await user.upload(
      within(dialog).getByLabelText('选择 Excel 文件'),
      new File([workbook], '明细.xlsx', { type: XLSX_TYPE }),
    );
    expect(await within(dialog).findByText('将导入 2 行')).toBeInTheDocument();
    expect(within(dialog).getByText(/从“明细\.xlsx”读到的内容.*第 1 行是表头，已跳过/)).toBeInTheDocument();
    const preview = await within(dialog).findByRole('table');
    expect(
      within(preview)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['2铝锭76012000澳大利亚千克2.612031.2', '3包装木箱浙江省个80.2520']);
    // Nothing is in the sheet before 导入.
    expect(screen.queryByDisplayValue('铝锭')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '导入 2 行' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByDisplayValue('铝锭')).toBeInTheDocument();
    expect(screen.getByDisplayValue('包装木箱')).toBeInTheDocument();
    expect(screen.getByText('共 2 行')).toBeInTheDocument();
    expect(screen.getByText('已导入 2 行（第 1–2 行）')).toBeInTheDocument();
    expect(screen.queryAllByDisplayValue(/not a workbook/)).toHaveLength(0);
  });

  it('restores the sheet typed before a reload', async () => {
    await signIn('jinggong');
    const first = renderApp('/pre-reviews/new');
    await typeWorkedExample(first.user);
    first.unmount();
    renderApp('/pre-reviews/new');
    expect(await screen.findByLabelText('第 2 行 原料名称')).toHaveValue('包装纸箱');
    expect(screen.getByText(/已恢复您在 .* 未提交的填写内容/)).toBeInTheDocument();
    await waitFor(() => expect(percentages()).toEqual(['15.00%', '12.50%']));
  });

  it('pastes a copied block at the focused cell: rightwards and down, adding lines, skipping the header', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await typeWorkedExample(user);
    await waitFor(() => expect(percentages()).toEqual(['15.00%', '12.50%']));
    const header =
      '原料名称\t原料HS编码\t原产国(地区)\t计量单位\t原料单价\t单位产品用料\t原料原产价值\t原料非原产价值';
    const block = [
      header,
      '铜套\t74199990\t德国\t个\t２\t1\t0\t2',
      '轴承\t84821000\t日本\t套\t1,000\t0.001\t0\t1',
      '',
    ];
    await user.click(screen.getByLabelText('第 2 行 原料名称'));
    await user.paste(block.join('\r\n'));

    expect(
      await screen.findByText('已粘贴到第 2–3 行（新增 1 行），已跳过表头（复制内容第 1 行）'),
    ).toBeInTheDocument();
    expect(screen.getByText('第 2 行的全角数字已转换为半角。')).toBeInTheDocument();
    expect(screen.getByText(/共 3 行/)).toBeInTheDocument();
    expect(screen.getByLabelText('第 2 行 原料名称')).toHaveValue('铜套');
    expect(screen.getByLabelText('第 2 行 原料单价')).toHaveValue('2');
    expect(screen.getByLabelText('第 3 行 原料名称')).toHaveValue('轴承');
    expect(screen.getByLabelText('第 3 行 原料单价')).toHaveValue('1000');
    expect(screen.getByLabelText('第 1 行 原料名称')).toHaveValue('合金钢棒');
    // 非原产 15 + 2 + 1 = 18 of 100 and of 120.
    await waitFor(() => expect(percentages()).toEqual(['18.00%', '15.00%']));

    // One value pastes into the one cell, as any paste.
    await user.clear(screen.getByLabelText('第 3 行 计量单位'));
    await user.paste('箱');
    expect(screen.getByLabelText('第 3 行 计量单位')).toHaveValue('箱');
    expect(screen.getByLabelText('第 3 行 原料名称')).toHaveValue('轴承');
  });

  it('moves between cells as a spreadsheet does, and Enter in a cell never submits', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await typeWorkedExample(user);
    await user.click(screen.getByLabelText('第 1 行 原料名称'));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByLabelText('第 2 行 原料名称')).toHaveFocus();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByLabelText('第 1 行 原料名称')).toHaveFocus();
    await user.click(screen.getByLabelText('第 1 行 原料非原产价值'));
    await user.keyboard('{Tab}');
    expect(screen.getByLabelText('第 2 行 原料名称')).toHaveFocus();
    // The cell moved to is selected: typing replaces it.
    await user.keyboard('钢套');
    expect(screen.getByLabelText('第 2 行 原料名称')).toHaveValue('钢套');
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByLabelText('第 1 行 原料非原产价值')).toHaveFocus();
    await user.click(screen.getByLabelText('第 2 行 原料单价'));
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('第 2 行 原料单价')).toHaveFocus(); // the last line: nowhere further
    expect(screen.queryByText('已申报，请等待海关审核。')).not.toBeInTheDocument();
    expect(screen.queryByText('还有需要修改的项目，请按提示修改后再申报。')).not.toBeInTheDocument();
  });

  it('undoes and redoes a cell edit, a paste and a deletion, a step at a time (Ctrl+Z, Ctrl+Y, the buttons)', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await typeWorkedExample(user);
    const name = (row: number) => screen.getByLabelText(`第 ${row} 行 原料名称`);
    await user.click(screen.getByRole('button', { name: /撤销/ })); // the typing so far is undoable too
    await user.click(screen.getByRole('button', { name: /重做/ }));

    await user.clear(name(1));
    await user.type(name(1), '不锈钢棒');
    await user.click(name(2)); // the edit of line 1 ends when it loses the focus: one step
    await user.paste('铜套\t74199990\n轴承\t84821000');
    expect(await screen.findByText(/共 3 行/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除第 1 行' }));
    expect(await screen.findByText(/共 2 行/)).toBeInTheDocument();
    expect(name(1)).toHaveValue('铜套');

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText(/共 3 行/)).toBeInTheDocument();
    expect(name(1)).toHaveValue('不锈钢棒');
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText(/共 2 行/)).toBeInTheDocument();
    expect(screen.getByLabelText('第 2 行 原料名称')).toHaveValue('包装纸箱');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(name(1)).toHaveValue('合金钢棒'));

    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(name(1)).toHaveValue('不锈钢棒'));
    await user.click(screen.getByRole('button', { name: /重做/ }));
    expect(await screen.findByText(/共 3 行/)).toBeInTheDocument();
    expect(screen.getByLabelText('第 2 行 原料名称')).toHaveValue('铜套');
    // Ctrl+D fills a cell from the one above it, and is one step to undo.
    await user.click(screen.getByLabelText('第 3 行 原产国(地区)'));
    await user.keyboard('{Control>}d{/Control}');
    expect(screen.getByLabelText('第 3 行 原产国(地区)')).toHaveValue('浙江省');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByLabelText('第 3 行 原产国(地区)')).toHaveValue(''));
    // A new change ends what could be redone.
    await user.type(screen.getByLabelText('第 3 行 计量单位'), '套');
    expect(screen.getByRole('button', { name: /重做/ })).toBeDisabled();
  });

  it('selects a block with Shift and the arrows, copies it as tab-separated text, fills it down', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await importRows(user, ['铜线\t74081100\t智利', '螺丝\t73181500\t江苏省', '塑料粒子\t39011000\t韩国']);
    await waitFor(() => expect(screen.getByText('共 3 行')).toBeInTheDocument());

    await user.click(screen.getByLabelText('第 1 行 原料名称'));
    await user.keyboard('{End}{Shift>}{ArrowDown}{ArrowDown}{ArrowRight}{/Shift}');
    expect(screen.getByText(/^已选择 3 行 × 2 列/)).toBeInTheDocument();
    expect(screen.getByLabelText('第 3 行 原料HS编码')).toHaveFocus();
    const copied = await user.copy();
    expect(copied?.getData('text/plain')).toBe('铜线\t74081100\n螺丝\t73181500\n塑料粒子\t39011000');

    // Ctrl+D fills the block down from its first line, in its columns only: one step to undo.
    await user.keyboard('{Control>}d{/Control}');
    await waitFor(() => expect(screen.getByLabelText('第 3 行 原料名称')).toHaveValue('铜线'));
    expect(screen.getByLabelText('第 2 行 原料HS编码')).toHaveValue('74081100');
    expect(screen.getByLabelText('第 3 行 原产国(地区)')).toHaveValue('韩国');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByLabelText('第 3 行 原料名称')).toHaveValue('塑料粒子'));
    expect(screen.getByLabelText('第 2 行 原料HS编码')).toHaveValue('73181500');

    // A move without Shift ends the block.
    await user.click(screen.getByLabelText('第 2 行 原产国(地区)'));
    await user.keyboard('{ArrowDown}');
    expect(screen.queryByText(/已选择 \d+ 行/)).toBeNull();
  });

  it('previews pasted rows with their bad cells by source row, then appends or replaces', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/pre-reviews/new');
    await user.click(await screen.findByRole('button', { name: '从表格导入' }));
    const dialog = await screen.findByRole('dialog', { name: '从表格导入产品生产明细' });
    await user.click(within(dialog).getByLabelText('粘贴表格内容'));
    await user.paste(
      [
        '铜线\t74081100\t智利\t千克\tabc\t2\t0\t8',
        '螺丝\t73181500\t江苏省\t个',
        '塑料粒子\t39011000\t韩国\t千克\t3\t1\t0\t3',
      ].join('\n'),
    );
    await user.click(within(dialog).getByRole('button', { name: '预览粘贴的内容' }));
    const messages = () =>
      within(within(dialog).getByRole('list', { name: '导入报告' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(messages()).toEqual([
      '第 1 行：原料单价应为数字（半角数字和小数点，如 12.5）（“abc”）',
      '第 2 行只有 4 列，应为 8 列（原料名称、原料HS编码、原产国(地区)、计量单位、原料单价、单位产品用料、原料原产价值、原料非原产价值）：已按顺序填入前 4 列，请核对',
    ]);
    expect(within(dialog).getByText('将导入 3 行，2 处无法读取')).toBeInTheDocument();
    // A new sheet has nothing to keep: no choice of append or replace.
    expect(within(dialog).queryByRole('radiogroup', { name: '导入方式' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '导入 3 行' }));
    // The new sheet's one blank line is replaced, not left first.
    await waitFor(() => expect(screen.getByText('共 3 行')).toBeInTheDocument());
    expect(screen.getByLabelText('第 1 行 原料单价')).toHaveValue('abc');
    expect(screen.getByLabelText('第 2 行 计量单位')).toHaveValue('个');
    expect(screen.getByLabelText('第 3 行 原料名称')).toHaveValue('塑料粒子');
    expect(screen.getByText('已导入 3 行（第 1–3 行），2 处无法读取')).toBeInTheDocument();

    // Into a sheet with lines, an import adds to them, after a blank line at the end is dropped…
    await user.click(screen.getByRole('button', { name: /新增一行/ }));
    const importOne = async (mode: string, button: string) => {
      await user.click(screen.getByRole('button', { name: '从表格导入' }));
      const again = await screen.findByRole('dialog', { name: '从表格导入产品生产明细' });
      await user.click(within(again).getByLabelText('粘贴表格内容'));
      await user.paste('钢板\t72085100\t日本\t千克\t5\t2\t0\t10');
      await user.click(within(again).getByRole('button', { name: '预览粘贴的内容' }));
      await user.click(within(again).getByRole('radio', { name: mode }));
      await user.click(within(again).getByRole('button', { name: button }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    };
    await importOne('追加到现有 3 行之后', '导入 1 行');
    await waitFor(() => expect(screen.getByText('共 4 行')).toBeInTheDocument());
    expect(screen.getByLabelText('第 1 行 原料单价')).toHaveValue('abc');
    expect(screen.getByLabelText('第 4 行 原料名称')).toHaveValue('钢板');
    expect(screen.getByText('已导入 1 行（第 4 行）')).toBeInTheDocument();

    // …or replaces them, one step that 撤销 takes back.
    await importOne('替换现有 4 行（可撤销）', '替换为这 1 行');
    await waitFor(() => expect(screen.getByText('共 1 行')).toBeInTheDocument());
    expect(screen.getByLabelText('第 1 行 原料名称')).toHaveValue('钢板');
    expect(screen.getByText('已导入 1 行（第 1 行，替换了原有 4 行）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /撤销/ }));
    await waitFor(() => expect(screen.getByText('共 4 行')).toBeInTheDocument());
    expect(screen.getByLabelText('第 1 行 原料单价')).toHaveValue('abc');
  });
});

describe('the gate on 产品预审 in the UI', () => {
  it('FR4: tells a trading enterprise that only production enterprises pre-review', async () => {
    await signIn('huamao');
    renderApp('/pre-reviews');
    expect(
      await screen.findByText(/只有生产型企业才需发起产品预审申请。您的企业备案的企业类型是/),
    ).toBeInTheDocument();
  });

  it('FR3: a saved change leaves pre-review open; a declared change blocks it', async () => {
    const token = await signIn('jinggong');
    const { body } = await callApi('GET', '/filing', { token });
    const changed = { ...body.filing.approved, contactName: '陈晓东' };
    await callApi('PUT', '/filing/change/draft', {
      token,
      idempotencyKey: 'ui-fr3-save',
      body: { version: 3, data: changed },
    });
    const open = renderApp('/pre-reviews');
    expect(await screen.findByRole('button', { name: '新增产品预审' })).toBeInTheDocument();
    open.unmount();

    await callApi('POST', '/filing/change/declare', {
      token,
      idempotencyKey: 'ui-fr3-declare',
      body: { version: 4, data: changed },
    });
    renderApp('/pre-reviews');
    expect(
      await screen.findByText('企业备案变更申请正在海关审核中，审核完成前不能办理产品预审。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '查看备案变更申请' })).toBeInTheDocument();
  });
});
