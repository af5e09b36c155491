// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-symbol
// alphabet (no I, O, Z, S, V); the 18th is a check character over the first 17.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters, or null when they are not valid symbols. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET.charAt(check);
}

export type UsccProblem = 'length' | 'symbols' | 'region' | 'checkDigit';

/** Why a code is not a valid 统一社会信用代码, or null when it is. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'symbols';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'region';
  return usccCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'checkDigit';
}

export const usccProblemMessages: Record<UsccProblem, string> = {
  length: '统一社会信用代码应为18位',
  symbols: '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
  region: '统一社会信用代码第3至8位应为行政区划代码（6位数字）',
  checkDigit: '统一社会信用代码校验位不正确，请核对后重新输入',
};

/** The province-level region (first two digits of the 行政区划代码) a code was issued in. */
export function usccProvinceCode(code: string): string | null {
  const digits = code.slice(2, 4);
  return /^\d{2}$/.test(digits) ? `${digits}0000` : null;
}
