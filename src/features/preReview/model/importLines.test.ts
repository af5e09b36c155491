import { describe, expect, it } from 'vitest';
import { readPastedRows } from './importLines';

describe('importing lines copied from a spreadsheet', () => {
  it('reads tab-separated rows in the form’s column order, skipping a header and blank rows', () => {
    const text = [
      '原料名称\t原料HS编码\t原产国(地区)\t计量单位\t原料单价\t单位产品用料\t原料原产价值\t原料非原产价值',
      '合金钢棒\t72285000\t日本\t千克\t12.5\t2\t10\t15',
      '',
      '包装纸箱\t\t浙江省\t个\t0.1\t3\t0.3\t0',
    ].join('\r\n');
    const result = readPastedRows(text);
    expect(result.problems).toEqual([]);
    expect(result.header).toBe(1);
    expect(result.sources).toEqual([2, 4]);
    expect(result.lines).toEqual([
      {
        materialName: '合金钢棒',
        materialHs: '72285000',
        origin: '日本',
        unit: '千克',
        unitPrice: '12.5',
        quantity: '2',
        originValue: '10',
        nonOriginValue: '15',
      },
      {
        materialName: '包装纸箱',
        materialHs: '',
        origin: '浙江省',
        unit: '个',
        unitPrice: '0.1',
        quantity: '3',
        originValue: '0.3',
        nonOriginValue: '0',
      },
    ]);
  });

  it('reports exactly the unreadable cells and short rows by source row, keeping every row', () => {
    const text = [
      '铜线\t74081100\t智利\t千克\tabc\t2\t0\t8',
      '螺丝\t73181500\t江苏省\t个\t0.05',
      '塑料粒子\t39011000\t韩国\t千克\t3.12345\t1\t0\t3.1235',
    ].join('\n');
    const result = readPastedRows(text);
    expect(result.lines.map((l) => l.materialName)).toEqual(['铜线', '螺丝', '塑料粒子']);
    // The short row fills the columns it has, in order; the rest stay empty for the user.
    expect(result.lines[1]).toMatchObject({ unitPrice: '0.05', quantity: '', nonOriginValue: '' });
    expect(result.problems).toEqual([
      { row: 1, message: '第 1 行：原料单价应为数字（半角数字和小数点，如 12.5）（“abc”）' },
      {
        row: 2,
        message:
          '第 2 行只有 5 列，应为 8 列（原料名称、原料HS编码、原产国(地区)、计量单位、原料单价、单位产品用料、原料原产价值、原料非原产价值）：已按顺序填入前 5 列，请核对',
      },
      { row: 3, message: '第 3 行：原料单价最多保留4位小数（“3.12345”）' },
    ]);
  });

  it('makes full-width digits and thousands separators plain, and says which rows it changed', () => {
    const result = readPastedRows('钢板\t72085100\t中国台湾\t千克\t１，２３４．５\t１\t0\t１２３４．５');
    expect(result.lines[0]).toMatchObject({ unitPrice: '1234.5', quantity: '1', nonOriginValue: '1234.5' });
    expect(result.normalised).toEqual([1]);
    expect(result.problems).toEqual([]);
  });

  it('reads quoted cells as spreadsheets copy them, and says cells past the last column', () => {
    const result = readPastedRows('"钢棒\n(进口)"\t72285000\t日本\t千克\t1\t2\t0\t2\t备注\n');
    expect(result.lines[0]?.materialName).toBe('钢棒\n(进口)');
    expect(result.problems.map((p) => p.message)).toEqual([
      '第 1 行有 9 列，从“原料名称”起只能粘贴 8 列，其后 1 列未粘贴',
    ]);
  });

  it('takes a header anywhere before the first line, in any column order of the names', () => {
    const result = readPastedRows(
      ['', '序号\t原料名称\t原料单价', '铜线\t74081100\t智利\t千克\t1\t2\t0\t2'].join('\n'),
    );
    expect(result.header).toBe(2);
    expect(result.sources).toEqual([3]);
  });
});
