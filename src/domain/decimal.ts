// Exact decimal arithmetic for money and quantities. Values travel as strings (forms, payloads,
// storage); rules turn them into decimals here (decimal.js, never binary floats: 0.1 × 3 = 0.3).
import Decimal from 'decimal.js';

/** Decimal with ample precision for any sheet, rounding half-up. */
export const Dec = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

export type AmountProblem = 'empty' | 'format' | 'negative' | 'decimals' | 'tooLarge';

export type ParsedAmount = { ok: true; value: Dec } | { ok: false; problem: AmountProblem };

/** Plain non-negative decimal notation: digits, an optional point and fraction. No exponents. */
const DECIMAL = /^-?(\d+)(\.(\d+))?$/;
const MAX_INTEGER_DIGITS = 12;

/**
 * Reads what the user typed as an amount with at most `maxDecimals` decimal places. Spaces
 * around it are ignored; anything else that is not plain decimal notation is refused.
 */
export function parseAmount(text: string, maxDecimals: number): ParsedAmount {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const match = DECIMAL.exec(trimmed);
  if (!match) return { ok: false, problem: 'format' };
  if (trimmed.startsWith('-')) return { ok: false, problem: 'negative' };
  if ((match[3]?.length ?? 0) > maxDecimals) return { ok: false, problem: 'decimals' };
  if ((match[1]?.replace(/^0+/, '').length ?? 0) > MAX_INTEGER_DIGITS)
    return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: new Dec(trimmed) };
}

export function amountProblemMessage(label: string, problem: AmountProblem, maxDecimals: number): string {
  switch (problem) {
    case 'empty':
      return `请填写${label}`;
    case 'format':
      return `${label}应为数字（半角数字和小数点，如 12.5）`;
    case 'negative':
      return `${label}不能为负数`;
    case 'decimals':
      return `${label}最多保留${maxDecimals}位小数`;
    case 'tooLarge':
      return `${label}数值过大`;
  }
}

/** `value` rounded half-up to `places` decimals, written with exactly that many (e.g. 15.00). */
export function fixedPoint(value: Dec, places: number): string {
  const [whole, fraction = ''] = value.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toString().split('.');
  return places === 0 ? (whole ?? '0') : `${whole}.${fraction.padEnd(places, '0')}`;
}

/** A ratio as a percentage with 2 decimals, half-up; "—" when the denominator is 0 or missing. */
export function formatPercent(numerator: Dec | null, denominator: Dec | null): string {
  if (!numerator || !denominator || denominator.isZero()) return '—';
  return percentText(numerator.div(denominator).mul(100));
}

/** A value already in per cent, shown as the sheet shows percentages: 2 decimals, half-up. */
export function percentText(percent: Dec): string {
  return `${fixedPoint(percent, 2)}%`;
}

/**
 * A column of typed amounts written with one number of decimals (the most any has, at least `min`),
 * so that right-aligned they line up on the point: 2.6 and 260.00 read 2.60 and 260.00. Padding
 * only, never rounding (every value keeps all its digits). Text that is not a plain decimal is
 * shown as it was typed; empty stays empty.
 */
export function alignDecimals(values: readonly string[], min: number): string[] {
  const parts = values.map((text) => DECIMAL.exec(text.trim()));
  const places = Math.max(min, ...parts.map((match) => match?.[3]?.length ?? 0));
  return values.map((text, i) => {
    const match = parts[i];
    return match ? fixedPoint(new Dec(text.trim()), places) : text;
  });
}
