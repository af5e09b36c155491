// The .xlsx download of the printed 产品成本明细单: read back, it holds what the printed form holds,
// in its layout, with amounts exactly as typed.
import { describe, expect, it } from 'vitest';
import { readFirstSheet } from '@/lib/spreadsheet';
import { workedExample } from '@/test/workedExample';
import { buildCostSheetWorkbook, costSheetFileName } from './costSheetWorkbook';
import { printedApplication } from './printedApplication';

const letterhead = {
  enterpriseName: '宁波海曙精工机械有限公司',
  uscc: '91330203MA2GQ8XL2M',
  filingNo: '3107A19000187',
};

describe('the cost sheet as an .xlsx in the printed layout', () => {
  it('holds the letterhead, 产品信息, every line, the totals, PR7/PR8 and the signature lines', async () => {
    const sheet = workedExample();
    const rows = await readFirstSheet(
      await buildCostSheetWorkbook(
        sheet,
        letterhead,
        printedApplication({
          number: '3107A19000187-P0007',
          state: '新增',
          applicationStatus: '申报',
          declaredAt: '2026-12-01T02:30:00.000Z',
          updatedAt: '2026-12-01T02:30:00.000Z',
        }),
      ),
    );
    const text = rows.map((row) => row.filter((cell) => cell !== '').join('|'));
    expect(text[0]).toBe('产品成本明细单');
    expect(text).toContain('企业名称|宁波海曙精工机械有限公司|统一社会信用代码|91330203MA2GQ8XL2M');
    expect(text).toContain('备案号|3107A19000187|预审编号|3107A19000187-P0007');
    expect(text).toContain('申请状态|新增 · 申报|申报日期|2026/12/01 10:30');
    expect(text).toContain('产品中文名称|数控机床主轴|产品英文名称|CNC spindle');
    expect(text).toContain('是否含有进口成分|是');
    const head = text.indexOf(
      '序号|原料名称|原料HS编码|原产国(地区)|计量单位|原料单价|单位产品用料|原料原产价值|原料非原产价值',
    );
    expect(head).toBeGreaterThan(0);
    expect(text.slice(head + 1, head + 3)).toEqual([
      '1|合金钢棒|72285000|日本|千克|12.5|2|10|15',
      '2|包装纸箱|浙江省|个|0.1|3|0.3|0',
    ]);
    expect(text).toContain('合计（共 2 行）|10.30|15.00');
    expect(text).toContain('非原产占出厂价的百分比|15.00%');
    expect(text).toContain('非原产占 FOB 的百分比|12.50%');
    expect(text.some((row) => row.startsWith('填表人（签字）：|企业盖章：'))).toBe(true);
  });

  it('is named for the product, without characters a file name cannot hold', () => {
    const sheet = workedExample();
    sheet.product.nameCn = '主轴/齿轮:A*';
    expect(costSheetFileName(sheet)).toBe('产品成本明细单-主轴_齿轮_A_.xlsx');
  });
});
