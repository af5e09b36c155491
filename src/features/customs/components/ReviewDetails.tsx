import { Descriptions, Typography } from 'antd';
import { FileLink } from '@/components/FileLink';
import { formatDateTime } from '@/lib/format';
import type { ReviewItem } from '@/contract/review';
import { applicationTypeLabels } from '@/lib/applicationTypeLabels';

const EMPTY = '（空）';

/** What was declared: the application's data, with the value before for a change. */
export function ReviewDetails({ item }: { item: ReviewItem }) {
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="申请类型">{applicationTypeLabels[item.type]}</Descriptions.Item>
      <Descriptions.Item label="申请企业">
        {item.enterprise.nameCn}（{item.enterprise.uscc}）
      </Descriptions.Item>
      <Descriptions.Item label="受理海关">{item.customsOffice ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="申报时间">{formatDateTime(item.declaredAt)}</Descriptions.Item>
      {item.decidedAt && (
        <Descriptions.Item label="审核时间">{formatDateTime(item.decidedAt)}</Descriptions.Item>
      )}
      {item.decidedBy && <Descriptions.Item label="审核人">{item.decidedBy}</Descriptions.Item>}
      {item.opinion && <Descriptions.Item label="审核意见">{item.opinion}</Descriptions.Item>}
      {item.details.map((detail) => (
        <Descriptions.Item key={detail.label} label={detail.label}>
          {detail.file ? <FileLink file={detail.file} /> : detail.value || EMPTY}
          {detail.previous !== undefined && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              变更前：{detail.previous || EMPTY}
            </Typography.Text>
          )}
        </Descriptions.Item>
      ))}
      {item.type === 'preReviewChange' && item.details.length === 0 && (
        <Descriptions.Item label="变更内容">与变更前相同</Descriptions.Item>
      )}
    </Descriptions>
  );
}
