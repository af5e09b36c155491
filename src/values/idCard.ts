// 公民身份号码 (GB 11643-1999): 17 digits (region, birth date, sequence) and a check character
// computed over them (ISO 7064 MOD 11-2), X standing for 10.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export function idCardCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

function validBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getTime() <= Date.now()
  );
}

/** Why a number is not a valid 身份证号码, in Chinese, or null when it is. */
export function idCardProblem(value: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return '身份证号码应为18位，前17位为数字，最后一位为数字或X';
  if (!validBirthDate(value.slice(6, 14))) return '身份证号码中的出生日期无效';
  return idCardCheckChar(value.slice(0, 17)) === value.charAt(17)
    ? null
    : '身份证号码校验位不正确，请核对后重新输入';
}

/** For lists: the region and the last four characters only. */
export function maskIdCard(value: string): string {
  return value.length === 18 ? `${value.slice(0, 4)}**********${value.slice(14)}` : value;
}
