// Calendar days in China: deadlines, authorisation periods and date filters are Beijing dates,
// whatever the machine's time zone.
import { z } from 'zod';

/** Beijing date (YYYY-MM-DD) of an instant (a Date or an ISO string). */
export function beijingDate(at: Date | string): string {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(time + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A calendar date as typed in a date field, e.g. 2026-12-31. */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '请填写日期，格式为 YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), '日期无效');

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
