import { Tag } from 'antd';
import { beijingDate } from '@/values/beijingDate';
import { daysLeft, isOverdue } from '@/domain/verification/verificationRules';
import type { VerificationRecord } from '@/contract/verification';

/** 回复期限 with what it means today: 已逾期, 今天到期, or the days left (only while it awaits the enterprise). */
export function DeadlineTag({ record }: { record: Pick<VerificationRecord, 'state' | 'deadline'> }) {
  const today = beijingDate(new Date());
  const waiting = record.state === '待核查' || record.state === '退回核查';
  const left = daysLeft(record, today);
  return (
    <span>
      {record.deadline}{' '}
      {isOverdue(record, today) ? (
        <Tag color="error">已逾期</Tag>
      ) : waiting && left === 0 ? (
        <Tag color="warning">今天到期</Tag>
      ) : waiting ? (
        <Tag>剩 {left} 天</Tag>
      ) : null}
    </span>
  );
}
