// 产品预审 (F3): a product and its production detail lines (产品生产明细), as the form keeps them:
// every value a string, exactly as typed. Rules (costSheet.ts) read them; a draft (暂存) may hold
// anything within these bounds.
import { z } from 'zod';
import {
  defineFields,
  draftText,
  labelsOf,
  limitsOf,
  tooManyRowsMessage,
  type FieldSpec,
} from './fieldTable';

/** The production detail line's fields (产品生产明细): label and limit, written once. */
export const lineFields = defineFields({
  materialName: { label: '原料名称', max: 100, required: true },
  materialHs: { label: '原料HS编码', max: 20 },
  origin: { label: '原产国(地区)', max: 50, required: true },
  unit: { label: '计量单位', max: 20, required: true },
  unitPrice: { label: '原料单价', max: 30, required: true },
  quantity: { label: '单位产品用料', max: 30, required: true },
  originValue: { label: '原料原产价值', max: 30, required: true },
  nonOriginValue: { label: '原料非原产价值', max: 30, required: true },
});
export type LineField = keyof typeof lineFields;

/** The product's fields (产品信息): label and limit, written once. */
export const productFields = defineFields({
  nameCn: { label: '产品中文名称', max: 100, required: true },
  nameEn: { label: '产品英文名称', max: 200, required: true },
  model: { label: '规格型号', max: 100, required: true },
  hsCode: { label: 'HS编码', max: 20, required: true },
  unit: { label: '计量单位', max: 20, required: true },
  currency: { label: '币制', max: 10, required: true, choice: true },
  exFactoryPrice: { label: '单位产品出厂价', max: 30, required: true },
  fobValue: { label: '单位产品 FOB 值', max: 30, required: true },
  hasImported: { label: '是否含有进口成分', required: true, choice: true },
  processing: { label: '加工工序', max: 1000, required: true },
});
export type ProductField = keyof typeof productFields;

/** How long each line field may be (the service refuses more; the form says so as it is typed). */
export const lineTextLimits = limitsOf(lineFields);
export const productTextLimits = limitsOf(productFields);

/**
 * Amounts are read with the spaces around them ignored (parseAmount), so they are also stored
 * without: " 12.5 " is saved as "12.5" by the form and by the service alike.
 */
const amount = (spec: FieldSpec) => draftText(spec, { trim: true });

export const lineSchema = z.object({
  /** Stable identity of a line across edits, reorders and pastes. */
  key: z.string().min(1).max(64),
  materialName: draftText(lineFields.materialName),
  materialHs: draftText(lineFields.materialHs),
  origin: draftText(lineFields.origin),
  unit: draftText(lineFields.unit),
  unitPrice: amount(lineFields.unitPrice),
  quantity: amount(lineFields.quantity),
  originValue: amount(lineFields.originValue),
  nonOriginValue: amount(lineFields.nonOriginValue),
});
export type Line = z.infer<typeof lineSchema>;

export const productSchema = z.object({
  nameCn: draftText(productFields.nameCn),
  nameEn: draftText(productFields.nameEn),
  model: draftText(productFields.model),
  hsCode: draftText(productFields.hsCode),
  unit: draftText(productFields.unit),
  currency: draftText(productFields.currency),
  exFactoryPrice: amount(productFields.exFactoryPrice),
  fobValue: amount(productFields.fobValue),
  hasImported: z.enum(['', '是', '否']),
  processing: draftText(productFields.processing),
});
export type Product = z.infer<typeof productSchema>;

/** A product with nothing filled in yet (币制 defaults to USD). */
export const emptyProduct = (): Product => ({
  nameCn: '',
  nameEn: '',
  model: '',
  hsCode: '',
  unit: '',
  currency: 'USD',
  exFactoryPrice: '',
  fobValue: '',
  hasImported: '',
  processing: '',
});

/** A line with nothing typed, under `key` (its identity while lines are added and moved). */
export const blankLine = (key: string): Line => ({
  key,
  materialName: '',
  materialHs: '',
  origin: '',
  unit: '',
  unitPrice: '',
  quantity: '',
  originValue: '',
  nonOriginValue: '',
});

/** The sheet's parts: its lines are a list with a limit, stated here once. */
export const sheetFields = defineFields({
  product: { label: '产品信息' },
  lines: { label: '产品生产明细', maxRows: 2000 },
});
export const MAX_LINES = sheetFields.lines.maxRows;

export const sheetSchema = z.object({
  product: productSchema,
  lines: z.array(lineSchema).max(MAX_LINES, { error: () => tooManyRowsMessage(sheetFields.lines) }),
});
export type Sheet = z.infer<typeof sheetSchema>;

/**
 * A sheet as submitted: its lines' keys are unique, since changes are matched line by line by
 * key (sheetDiff) and two lines under one key would show unchanged lines as changed.
 */
export const submittedSheetSchema = sheetSchema.superRefine((sheet, ctx) => {
  const seen = new Set<string>();
  sheet.lines.forEach((line, i) => {
    if (seen.has(line.key))
      ctx.addIssue({
        code: 'custom',
        path: ['lines', i, 'key'],
        message: `第 ${i + 1} 行的行标识与前面的行重复`,
      });
    seen.add(line.key);
  });
});

/**
 * The same sheet with an empty or repeated line key replaced by a new one (the first occurrence of
 * a key kept).
 */
export function withUniqueLineKeys(sheet: Sheet, newKey: () => string): Sheet {
  const seen = new Set<string>();
  let changed = false;
  const lines = sheet.lines.map((line) => {
    if (line.key !== '' && !seen.has(line.key)) {
      seen.add(line.key);
      return line;
    }
    changed = true;
    const key = newKey();
    seen.add(key);
    return { ...line, key };
  });
  return changed ? { ...sheet, lines } : sheet;
}

export const productLabels = labelsOf(productFields);
export const lineLabels = labelsOf(lineFields);

/** Decided in domain.md: prices and values carry at most 4 decimals, quantities at most 6. */
export const VALUE_DECIMALS = 4;
export const QUANTITY_DECIMALS = 6;

/** Generic product names customs refuses (one product per pre-review, named specifically). */
export const genericProductNames = [
  '配件',
  '零件',
  '产品',
  '货物',
  '商品',
  '材料',
  '原料',
  '样品',
  '其他',
  '杂项',
  '部件',
];

export const currencies = ['USD', 'CNY', 'EUR', 'JPY', 'HKD', 'GBP', 'KRW', 'AUD'] as const;
