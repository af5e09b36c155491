// 电子资料模板下载 lists templates that belong to other features (the pre-review sheet, the
// verification documents); the app composes them, so the features stay apart.
import type { DownloadItem } from '@/features/downloads/model/downloadItem';
import { buildLinesTemplate, LINES_TEMPLATE_NAME } from '@/features/preReview/spreadsheet/linesTemplate';
import {
  processFlowTemplate,
  purchaseListTemplate,
} from '@/features/verification/spreadsheet/documentTemplates';

const format = 'Excel 表格（.xlsx）';

export const templateDownloads: readonly DownloadItem[] = [
  {
    key: 'lines',
    title: '产品生产明细模板',
    description:
      '产品预审的产品生产明细，列与预审页面一致；填好后在预审页面“从表格导入”，无法读取的行会逐行列出。',
    fileName: LINES_TEMPLATE_NAME,
    format,
    build: buildLinesTemplate,
  },
  {
    key: 'process-flow',
    title: '生产工艺流程说明模板',
    description: '核查记录单要求“生产工艺流程说明”时使用：按工序逐行填写加工内容、设备和投入原料。',
    fileName: processFlowTemplate.fileName,
    format,
    build: processFlowTemplate.build,
  },
  {
    key: 'purchase-list',
    title: '原材料采购凭证清单模板',
    description:
      '核查记录单要求“原材料采购凭证清单”时使用：每张发票的每种原料一行，写明供应商、原产国和金额。',
    fileName: purchaseListTemplate.fileName,
    format,
    build: purchaseListTemplate.build,
  },
];
