// Calendar days in China: deadlines, authorisation periods and date filters are Beijing dates,
// whatever the machine's time zone.
import { z } from 'zod';

/** Beijing date (YYYY-MM-DD) of an instant (a Date or an ISO string). */
export function beijingDate(at: Date | string): string {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(time + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Beijing date and time to the minute (YYYY-MM-DD HH:mm) of an instant, for messages. */
export function beijingDateTime(at: Date | string): string {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(time + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A calendar date as typed in a date field, e.g. 2026-12-31. */
export const calendarDateSchema = calendarDate('请填写日期，格式为 YYYY-MM-DD');

/**
 * A YYYY-MM-DD date that exists in the calendar: empty → `emptyMessage`, 2099-02-30 or 2026-13-01
 * → a message that says so. zod's ISO date knows month lengths and leap years; `Date.parse` does
 * not (it reads 2099-02-30 as 2 March), so it is never the check.
 */
export function calendarDate(emptyMessage: string | (() => string)) {
  return z
    .string()
    .min(1, { error: emptyMessage })
    .pipe(z.iso.date({ error: '日期不存在或格式不对，应为 YYYY-MM-DD 格式的有效日期' }));
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
