// .xlsx templates for the electronic documents customs asks for most (F6, 电子资料模板下载).
import { writeWorkbook } from '@/lib/spreadsheet';

const note = (lines: string[]) => [['填写说明（演示资料）'], [''], ...lines.map((line) => [line])];

export const processFlowTemplate = {
  fileName: '生产工艺流程说明模板.xlsx',
  build: () =>
    writeWorkbook([
      {
        name: '生产工艺流程',
        header: true,
        widths: [10, 16, 36, 18, 24, 18, 14],
        rows: [['工序序号', '工序名称', '加工内容', '主要设备', '投入原料', '工序产出', '是否委外加工']],
      },
      {
        name: '填写说明',
        widths: [110],
        rows: note([
          '1. 按实际生产顺序逐道填写，从原料投入到成品包装，每道工序一行。',
          '2. “投入原料”填写该工序使用的原料名称，应与产品预审中的产品生产明细一致。',
          '3. 委外加工的工序请在“是否委外加工”填写“是”，并在加工内容中注明受托企业。',
          '4. 填好后作为“生产工艺流程说明”上传到核查记录单（PDF、JPG、PNG 或本表格导出的 PDF）。',
        ]),
      },
    ]),
};

export const purchaseListTemplate = {
  fileName: '原材料采购凭证清单模板.xlsx',
  build: () =>
    writeWorkbook([
      {
        name: '原材料采购凭证清单',
        header: true,
        widths: [8, 16, 14, 24, 14, 16, 12, 12, 10, 12, 8, 20],
        rows: [
          [
            '序号',
            '原料名称',
            '原料HS编码',
            '供应商名称',
            '原产国(地区)',
            '发票号码',
            '发票日期',
            '采购数量',
            '计量单位',
            '金额',
            '币制',
            '备注',
          ],
        ],
      },
      {
        name: '填写说明',
        widths: [110],
        rows: note([
          '1. 每张采购发票的每种原料填写一行；同一原料多次采购时分别填写。',
          '2. 进口原料的“原产国(地区)”以原产地证书或报关单为准；国产原料填写省份。',
          '3. 金额与发票一致，保留发票上的小数位；币制填写 USD、CNY 等代码。',
          '4. 清单中列出的发票请一并作为“原材料采购发票”上传。',
        ]),
      },
    ]),
};
