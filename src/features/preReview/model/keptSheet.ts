// A cost sheet kept as work in progress, read back (lib/keptValues): by the sheet's types and
// shape, never its limits — a sheet past 2,000 lines comes back whole, to be cut down on screen —
// with a line or a product field that cannot be read set aside and named as the user knows it.
import { productLabels, sheetFields, sheetSchema, withUniqueLineKeys, type Sheet } from '@/contract/sheet';
import { keptReader, type KeptPath, type KeptReader } from '@/lib/keptValues';

/** "第 3 行", "产品信息“HS编码”": a part of the sheet as the page names it. */
export function sheetPartName(path: KeptPath): string {
  const [part, at] = path;
  if (part === 'lines') return typeof at === 'number' ? `第 ${at + 1} 行` : sheetFields.lines.label;
  if (part === 'product' && typeof at === 'string' && Object.hasOwn(productLabels, at))
    return `${sheetFields.product.label}“${productLabels[at as keyof typeof productLabels]}”`;
  return sheetFields.product.label;
}

/** Reads a kept sheet; a line kept without a key, or under a key seen before, gets a new one. */
export function keptSheetReader(newKey: () => string): KeptReader<Sheet> {
  return keptReader<Sheet>(sheetSchema, sheetPartName, (sheet) => withUniqueLineKeys(sheet, newKey));
}
