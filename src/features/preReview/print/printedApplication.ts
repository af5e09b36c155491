// The application a printed sheet belongs to, as the sheet's closing block states it: its state
// and the date that matters for it (declared, or last saved; a sheet not yet saved says so).
import type { PreReviewRecord } from '@/contract/preReview';
import { formatDateTime } from '@/lib/format';

export interface PrintedApplication {
  /** 预审编号, or what stands for it on a sheet not yet saved. */
  number: string;
  status: string;
  dateLabel: string;
  date: string;
}

/** What the printed sheet says of the saved application. */
export type PrintedRecord = Pick<
  PreReviewRecord,
  'number' | 'state' | 'applicationStatus' | 'declaredAt' | 'updatedAt'
>;

export function printedApplication(record: PrintedRecord | null): PrintedApplication {
  if (!record)
    return { number: '暂存后生成', status: '新增，尚未暂存或申报', dateLabel: '申报日期', date: '—' };
  const { number } = record;
  const status = `${record.state} · ${record.applicationStatus}`;
  return record.declaredAt && record.applicationStatus !== '暂存'
    ? { number, status, dateLabel: '申报日期', date: formatDateTime(record.declaredAt) }
    : { number, status, dateLabel: '暂存日期', date: formatDateTime(record.updatedAt) };
}
