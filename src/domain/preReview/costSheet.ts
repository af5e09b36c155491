// The cost sheet's arithmetic and rules PR1–PR8 (domain.md F3), exact to the cent. The form shows
// every result live; the mock service runs the same code before it accepts a declaration.
import { amountProblemMessage, Dec, fixedPoint, formatPercent, parseAmount } from '@/domain/decimal';
import { plainTextProblem } from '@/values/plainText';
import {
  genericProductNames,
  lineLabels,
  lineTextLimits,
  productLabels,
  productTextLimits,
  QUANTITY_DECIMALS,
  VALUE_DECIMALS,
  type Line,
  type Sheet,
} from '@/contract/sheet';

/** A line with nothing typed in any cell (its key is only identity). */
export function isBlankLine({ key: _key, ...cells }: Line): boolean {
  return Object.values(cells).every((cell) => cell.trim() === '');
}

/** The sheet without its blank lines: what 暂存 and 申报 send. */
export function withoutBlankLines(sheet: Sheet): Sheet {
  const lines = sheet.lines.filter((line) => !isBlankLine(line));
  return lines.length === sheet.lines.length ? sheet : { ...sheet, lines };
}

export type RuleId = 'PR1' | 'PR2' | 'PR3' | 'PR4' | 'PR5' | 'PR6' | 'REQUIRED' | 'FORMAT';

export interface Violation {
  rule: RuleId;
  /** Field path in the sheet, e.g. `product.fobValue` or `lines.3.nonOriginValue`. */
  path: string;
  message: string;
}

export interface LineResult {
  /** 原料单价 × 单位产品用料, rounded half-up to 4 decimals (PR4); null when either is unreadable. */
  amount: Dec | null;
  /** 原料原产价值 + 原料非原产价值; null when either is unreadable. */
  valueSum: Dec | null;
  /** amount = valueSum exactly; null when it cannot be told yet. */
  balanced: boolean | null;
  /** What the empty (or zero) value side should be for the line to balance, if one side is open. */
  fill: { field: 'originValue' | 'nonOriginValue'; value: string } | null;
}

export interface SheetResult {
  lines: LineResult[];
  totalOrigin: Dec;
  totalNonOrigin: Dec;
  total: Dec;
  /** PR7 and PR8, unrounded; null when the denominator is missing or 0. */
  nonOriginShareOfExFactory: Dec | null;
  nonOriginShareOfFob: Dec | null;
  /** As shown: 2 decimals, half-up, or "—". */
  exFactoryPercent: string;
  fobPercent: string;
  violations: Violation[];
}

const value = (text: string) => {
  const parsed = parseAmount(text, VALUE_DECIMALS);
  return parsed.ok ? parsed.value : null;
};
const quantity = (text: string) => {
  const parsed = parseAmount(text, QUANTITY_DECIMALS);
  return parsed.ok ? parsed.value : null;
};
const show = (d: Dec) => d.toString();

export function computeLine(line: Line): LineResult {
  const price = value(line.unitPrice);
  const qty = quantity(line.quantity);
  const amount = price && qty ? price.mul(qty).toDecimalPlaces(VALUE_DECIMALS, Dec.ROUND_HALF_UP) : null;
  const origin = value(line.originValue);
  const nonOrigin = value(line.nonOriginValue);
  const valueSum = origin && nonOrigin ? origin.add(nonOrigin) : null;
  const balanced = amount && valueSum ? amount.eq(valueSum) : null;
  let fill: LineResult['fill'] = null;
  if (amount) {
    if (origin && line.nonOriginValue.trim() === '' && amount.gte(origin)) {
      fill = { field: 'nonOriginValue', value: show(amount.sub(origin)) };
    } else if (nonOrigin && line.originValue.trim() === '' && amount.gte(nonOrigin)) {
      fill = { field: 'originValue', value: show(amount.sub(nonOrigin)) };
    } else if (line.originValue.trim() === '' && line.nonOriginValue.trim() === '') {
      fill = { field: 'originValue', value: show(amount) };
    }
  }
  return { amount, valueSum, balanced, fill };
}

/** Too long, or holding control or invisible format characters: said as it is typed, so nothing is cut off unseen. */
function textViolations(text: string, limit: number, label: string, path: string): Violation[] {
  const found: Violation[] = [];
  if (text.length > limit)
    found.push({ rule: 'FORMAT', path, message: `${label}不能超过${limit}个字符（现有 ${text.length} 个）` });
  const characters = plainTextProblem(text);
  if (characters) found.push({ rule: 'FORMAT', path, message: `${label}${characters}` });
  return found;
}

/** Violations of one line's own fields (length, format, required, PR4). */
function lineViolations(line: Line, index: number, result: LineResult, forDeclare: boolean): Violation[] {
  const at = (field: keyof Line) => `lines.${index}.${field}`;
  const row = `第 ${index + 1} 行`;
  const found: Violation[] = Object.entries(lineTextLimits).flatMap(([field, limit]) =>
    textViolations(
      line[field as keyof typeof lineTextLimits],
      limit,
      `${row}：${lineLabels[field as keyof typeof lineTextLimits]}`,
      at(field as keyof Line),
    ),
  );
  const amounts: [keyof Line, number][] = [
    ['unitPrice', VALUE_DECIMALS],
    ['quantity', QUANTITY_DECIMALS],
    ['originValue', VALUE_DECIMALS],
    ['nonOriginValue', VALUE_DECIMALS],
  ];
  for (const [field, decimals] of amounts) {
    const parsed = parseAmount(line[field], decimals);
    if (parsed.ok) continue;
    if (parsed.problem === 'empty' && !forDeclare) continue;
    const label = lineLabels[field as keyof typeof lineLabels];
    found.push({
      rule: parsed.problem === 'empty' ? 'REQUIRED' : 'FORMAT',
      path: at(field),
      message: `${row}：${amountProblemMessage(label, parsed.problem, decimals)}`,
    });
  }
  if (forDeclare) {
    for (const field of ['materialName', 'origin', 'unit'] as const) {
      if (line[field].trim() === '')
        found.push({ rule: 'REQUIRED', path: at(field), message: `${row}：请填写${lineLabels[field]}` });
    }
    const nonOrigin = value(line.nonOriginValue);
    if (nonOrigin && nonOrigin.gt(0) && !/^\d{6,10}$/.test(line.materialHs.trim())) {
      found.push({
        rule: 'REQUIRED',
        path: at('materialHs'),
        message:
          line.materialHs.trim() === ''
            ? `${row}：原料非原产价值大于 0，请填写原料HS编码`
            : `${row}：原料HS编码应为6至10位数字`,
      });
    }
  }
  if (result.balanced === false && result.amount && result.valueSum) {
    const diff = result.amount.sub(result.valueSum).abs();
    found.push({
      rule: 'PR4',
      path: at('nonOriginValue'),
      message: `${row}：原料单价 × 单位产品用料 = ${show(result.amount)}，但原料原产价值 + 原料非原产价值 = ${show(result.valueSum)}，相差 ${show(diff)}`,
    });
  }
  return found;
}

function productViolations(sheet: Sheet, forDeclare: boolean): Violation[] {
  const { product } = sheet;
  const found: Violation[] = Object.entries(productTextLimits).flatMap(([field, limit]) =>
    textViolations(
      product[field as keyof typeof productTextLimits],
      limit,
      productLabels[field as keyof typeof productTextLimits],
      `product.${field}`,
    ),
  );
  for (const field of ['exFactoryPrice', 'fobValue'] as const) {
    const parsed = parseAmount(product[field], VALUE_DECIMALS);
    if (parsed.ok) {
      if (forDeclare && parsed.value.isZero()) {
        found.push({ rule: 'FORMAT', path: `product.${field}`, message: `${productLabels[field]}应大于 0` });
      }
      continue;
    }
    if (parsed.problem === 'empty' && !forDeclare) continue;
    found.push({
      rule: parsed.problem === 'empty' ? 'REQUIRED' : 'FORMAT',
      path: `product.${field}`,
      message: amountProblemMessage(productLabels[field], parsed.problem, VALUE_DECIMALS),
    });
  }
  if (!forDeclare) return found;
  for (const field of ['nameCn', 'nameEn', 'model', 'unit', 'currency', 'processing'] as const) {
    if (product[field].trim() === '')
      found.push({ rule: 'REQUIRED', path: `product.${field}`, message: `请填写${productLabels[field]}` });
  }
  if (product.hasImported === '')
    found.push({ rule: 'REQUIRED', path: 'product.hasImported', message: '请选择是否含有进口成分' });
  if (!/^\d{8,10}$/.test(product.hsCode.trim())) {
    found.push({
      rule: product.hsCode.trim() === '' ? 'REQUIRED' : 'FORMAT',
      path: 'product.hsCode',
      message: product.hsCode.trim() === '' ? '请填写HS编码' : 'HS编码应为8至10位数字',
    });
  }
  const name = product.nameCn.trim();
  if (genericProductNames.includes(name)) {
    found.push({
      rule: 'FORMAT',
      path: 'product.nameCn',
      message: `产品中文名称“${name}”过于笼统，请填写具体的产品名称`,
    });
  }
  if (!sheet.lines.some((line) => !isBlankLine(line)))
    found.push({ rule: 'REQUIRED', path: 'lines', message: '请至少填写一行产品生产明细' });
  return found;
}

/**
 * Everything about a sheet: each line's amount and balance, the totals, PR7/PR8, and every rule
 * it breaks. With `forDeclare`, empty required fields count too (a draft may leave them empty).
 */
export function evaluateSheet(sheet: Sheet, options: { forDeclare: boolean }): SheetResult {
  const lines = sheet.lines.map(computeLine);
  let totalOrigin = new Dec(0);
  let totalNonOrigin = new Dec(0);
  for (const line of sheet.lines) {
    totalOrigin = totalOrigin.add(value(line.originValue) ?? 0);
    totalNonOrigin = totalNonOrigin.add(value(line.nonOriginValue) ?? 0);
  }
  const total = totalOrigin.add(totalNonOrigin);
  const exFactory = value(sheet.product.exFactoryPrice);
  const fob = value(sheet.product.fobValue);
  const violations = [
    ...productViolations(sheet, options.forDeclare),
    // A fully blank line is no line (spreadsheet users leave them): nothing to say about it.
    ...sheet.lines.flatMap((line, i) =>
      isBlankLine(line) ? [] : lineViolations(line, i, lines[i] as LineResult, options.forDeclare),
    ),
  ];

  if (exFactory && fob && fob.lt(exFactory)) {
    violations.push({
      rule: 'PR1',
      path: 'product.fobValue',
      message: `单位产品 FOB 值（${show(fob)}）不能小于单位产品出厂价（${show(exFactory)}）`,
    });
  }
  if (
    sheet.product.hasImported === '是' &&
    totalNonOrigin.isZero() &&
    (options.forDeclare || sheet.lines.length > 0)
  ) {
    violations.push({
      rule: 'PR2',
      path: 'product.hasImported',
      message: '已选择含有进口成分，但所有原料非原产价值合计为 0：请填写进口原料的原料非原产价值，或改选“否”',
    });
  }
  if (sheet.product.hasImported === '否' && !totalNonOrigin.isZero()) {
    violations.push({
      rule: 'PR3',
      path: 'product.hasImported',
      message: `已选择不含进口成分，但原料非原产价值合计为 ${show(totalNonOrigin)}，应为 0：请改选“是”，或改正原料非原产价值`,
    });
  }
  if (exFactory && total.gt(exFactory)) {
    violations.push({
      rule: 'PR5',
      path: 'product.exFactoryPrice',
      message: `所有原料价值合计（${show(total)}）不能大于单位产品出厂价（${show(exFactory)}）`,
    });
  }
  if (fob && total.gt(fob)) {
    violations.push({
      rule: 'PR6',
      path: 'product.fobValue',
      message: `所有原料价值合计（${show(total)}）不能大于单位产品 FOB 值（${show(fob)}）`,
    });
  }

  const shareOf = (denominator: Dec | null) =>
    denominator && !denominator.isZero() ? totalNonOrigin.div(denominator) : null;
  return {
    lines,
    totalOrigin,
    totalNonOrigin,
    total,
    nonOriginShareOfExFactory: shareOf(exFactory),
    nonOriginShareOfFob: shareOf(fob),
    exFactoryPercent: formatPercent(totalNonOrigin, exFactory),
    fobPercent: formatPercent(totalNonOrigin, fob),
    violations,
  };
}

/** A total as shown in the sheet: up to 4 decimals, always at least 2 (money). */
export function showAmount(value: Dec): string {
  const decimals = Math.min(Math.max(value.decimalPlaces(), 2), VALUE_DECIMALS);
  return fixedPoint(value, decimals);
}
