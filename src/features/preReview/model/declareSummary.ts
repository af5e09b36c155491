// What a pre-review's 申报 sends, as its confirmation lists it: the product, the kind of
// application, the lines and the two non-originating shares customs will read first.
import { evaluateSheet } from '@/domain/preReview/costSheet';
import type { RecordState } from '@/contract/preReview';
import { productLabels, type Sheet } from '@/contract/sheet';

/** Plain data (this layer holds no UI); it fits the confirmation dialog's summary as it is. */
export interface PreReviewDeclareSummary {
  what: string;
  items: { label: string; value: string }[];
  after: string;
}

/** `number`: the record's 预审编号; null for a sheet never saved (the service gives it on 申报). */
export function preReviewDeclareSummary(
  sheet: Sheet,
  state: RecordState,
  number: string | null,
): PreReviewDeclareSummary {
  const result = evaluateSheet(sheet, { forDeclare: true });
  const { product } = sheet;
  return {
    what: `产品预审${state === '正常' ? '' : state}申请`,
    items: [
      { label: '预审编号', value: number ?? '申报时生成' },
      { label: productLabels.nameCn, value: product.nameCn },
      { label: productLabels.hsCode, value: product.hsCode },
      { label: productLabels.model, value: product.model },
      {
        label: `${productLabels.exFactoryPrice} / ${productLabels.fobValue}`,
        value: `${product.exFactoryPrice} / ${product.fobValue} ${product.currency}`,
      },
      { label: '产品生产明细', value: `${sheet.lines.length} 行` },
      {
        label: '非原产占出厂价 / FOB 的百分比',
        value: `${result.exFactoryPercent} / ${result.fobPercent}`,
      },
    ],
    after:
      state === '新增' || state === '变更'
        ? '申报后由企业的备案海关审核，审核期间不能修改。审核结果在本记录和“受理情况查询”中查看。'
        : '申报后由企业的备案海关审核，审核通过后生效。审核结果在本记录和“受理情况查询”中查看。',
  };
}
