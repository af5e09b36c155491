import { describe, expect, it } from 'vitest';
import { sheetLine, workedExample } from '@/test/workedExample';
import { diffSheets } from './sheetDiff';

describe('a change, field by field', () => {
  it('names each changed product field and line value with its value before and after', () => {
    const before = workedExample();
    const after = workedExample();
    after.product.nameCn = '数控机床主轴（改）';
    after.lines[1] = { ...after.lines[1]!, origin: '江苏省' };
    expect(diffSheets(before, after)).toEqual([
      { label: '产品中文名称', before: '数控机床主轴', after: '数控机床主轴（改）' },
      { label: '第 2 行 原产国(地区)', before: '浙江省', after: '江苏省' },
    ]);
  });

  it('matches lines by key: a reorder changes nothing, an added and a removed line are whole', () => {
    const before = workedExample();
    const reordered = { ...before, lines: [...before.lines].reverse() };
    expect(diffSheets(before, reordered)).toEqual([]);

    const after = workedExample();
    after.lines = [
      after.lines[0]!,
      sheetLine('c', { materialName: '轴承', unitPrice: '1', quantity: '1', originValue: '1' }),
    ];
    const changes = diffSheets(before, after);
    expect(changes.map((c) => c.label)).toEqual(['第 2 行（新增）', '原第 2 行（删除）']);
    expect(changes[0]?.after).toContain('原料名称 轴承');
    expect(changes[1]?.before).toContain('原料名称 包装纸箱');
  });

  it('adds PR7 and PR8 when the percentages moved', () => {
    const before = workedExample();
    const after = workedExample();
    after.product.fobValue = '150.00';
    expect(diffSheets(before, after)).toEqual([
      { label: '单位产品 FOB 值', before: '120.00', after: '150.00' },
      { label: '非原产占 FOB 的百分比', before: '12.50%', after: '10.00%' },
    ]);
  });
});
