// 产品预审 (F3): a product and its production detail lines (产品生产明细), as the form keeps them:
// every value a string, exactly as typed. Rules (costSheet.ts) read them; a draft (暂存) may hold
// anything within these bounds.
import { z } from 'zod';
import { singleLine } from '@/domain/plainText';

const text = (max: number, label: string) => singleLine(z.string().max(max, `${label}不能超过${max}个字符`));
/**
 * Amounts are read with the spaces around them ignored (parseAmount), so they are also stored
 * without: " 12.5 " is saved as "12.5" by the form and by the service alike.
 */
const amount = (max: number, label: string) =>
  singleLine(z.string().trim().max(max, `${label}不能超过${max}个字符`));

/** How long each line field may be (the service refuses more; the form says so as it is typed). */
export const lineTextLimits = {
  materialName: 100,
  materialHs: 20,
  origin: 50,
  unit: 20,
  unitPrice: 30,
  quantity: 30,
  originValue: 30,
  nonOriginValue: 30,
} as const;

export const lineSchema = z.object({
  /** Stable identity of a line across edits, reorders and pastes. */
  key: z.string().min(1).max(64),
  materialName: text(lineTextLimits.materialName, '原料名称'),
  materialHs: text(lineTextLimits.materialHs, '原料HS编码'),
  origin: text(lineTextLimits.origin, '原产国(地区)'),
  unit: text(lineTextLimits.unit, '计量单位'),
  unitPrice: amount(lineTextLimits.unitPrice, '原料单价'),
  quantity: amount(lineTextLimits.quantity, '单位产品用料'),
  originValue: amount(lineTextLimits.originValue, '原料原产价值'),
  nonOriginValue: amount(lineTextLimits.nonOriginValue, '原料非原产价值'),
});
export type Line = z.infer<typeof lineSchema>;

export const productTextLimits = {
  nameCn: 100,
  nameEn: 200,
  model: 100,
  hsCode: 20,
  unit: 20,
  currency: 10,
  exFactoryPrice: 30,
  fobValue: 30,
  processing: 1000,
} as const;

export const productSchema = z.object({
  nameCn: text(productTextLimits.nameCn, '产品中文名称'),
  nameEn: text(productTextLimits.nameEn, '产品英文名称'),
  model: text(productTextLimits.model, '规格型号'),
  hsCode: text(productTextLimits.hsCode, 'HS编码'),
  unit: text(productTextLimits.unit, '计量单位'),
  currency: text(productTextLimits.currency, '币制'),
  exFactoryPrice: amount(productTextLimits.exFactoryPrice, '单位产品出厂价'),
  fobValue: amount(productTextLimits.fobValue, '单位产品 FOB 值'),
  hasImported: z.enum(['', '是', '否']),
  processing: text(productTextLimits.processing, '加工工序'),
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

export const MAX_LINES = 2000;

export const sheetSchema = z.object({
  product: productSchema,
  lines: z.array(lineSchema).max(MAX_LINES, `产品生产明细最多${MAX_LINES}行`),
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

/** The same sheet with any repeated line key replaced by a new one (first occurrence kept). */
export function withUniqueLineKeys(sheet: Sheet, newKey: () => string): Sheet {
  const seen = new Set<string>();
  let changed = false;
  const lines = sheet.lines.map((line) => {
    if (!seen.has(line.key)) {
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

export const productLabels: Record<keyof Product, string> = {
  nameCn: '产品中文名称',
  nameEn: '产品英文名称',
  model: '规格型号',
  hsCode: 'HS编码',
  unit: '计量单位',
  currency: '币制',
  exFactoryPrice: '单位产品出厂价',
  fobValue: '单位产品 FOB 值',
  hasImported: '是否含有进口成分',
  processing: '加工工序',
};

export const lineLabels: Record<Exclude<keyof Line, 'key'>, string> = {
  materialName: '原料名称',
  materialHs: '原料HS编码',
  origin: '原产国(地区)',
  unit: '计量单位',
  unitPrice: '原料单价',
  quantity: '单位产品用料',
  originValue: '原料原产价值',
  nonOriginValue: '原料非原产价值',
};

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
