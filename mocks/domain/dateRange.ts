// The date filters of the service's lists (申报日期从 … 至, 更新日期, 发起日期): a Beijing calendar
// day within the query's `from` and `to`, either of which may be left out.
import { beijingDate } from '@/values/beijingDate';

export function onDaysAsked(
  at: string,
  range: { from?: string | undefined; to?: string | undefined },
): boolean {
  if (!range.from && !range.to) return true; // a list's every query reads every row: no date asked, no date made
  const day = beijingDate(at);
  return !(range.from && day < range.from) && !(range.to && day > range.to);
}
