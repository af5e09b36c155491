// Times are shown in Beijing time, whatever the machine's zone.
const clock = { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false } as const;
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  ...clock,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const time = new Intl.DateTimeFormat('zh-CN', clock);

function format(formatter: Intl.DateTimeFormat, iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : formatter.format(date);
}

/** e.g. 2026/12/05 19:27 */
export const formatDateTime = (iso: string | null | undefined): string => format(dateTime, iso);

/** e.g. 19:27, for a time of today. */
export const formatTime = (iso: string | null | undefined): string => format(time, iso);
