import { Descriptions } from 'antd';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import type { FilingRecord } from '@/contract/filing';

/** Where the enterprise's filing stands: 备案号, the current application and customs' opinion. */
export function FilingStatus({ filing }: { filing: FilingRecord | null }) {
  const application = filing?.current ?? null;
  return (
    <section aria-label="备案状态">
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label="备案号">{filing?.filingNo ?? '尚未备案'}</Descriptions.Item>
        <Descriptions.Item label="申请类型">
          {application ? (application.kind === 'filing' ? '企业备案申请' : '备案变更申请') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="申请状态">
          {application ? <StatusTag status={application.status} /> : '未申请'}
        </Descriptions.Item>
        <Descriptions.Item label="申报时间">{formatDateTime(application?.declaredAt)}</Descriptions.Item>
        <Descriptions.Item label="审核时间">{formatDateTime(application?.decidedAt)}</Descriptions.Item>
        <Descriptions.Item label="审核意见">{application?.opinion ?? '—'}</Descriptions.Item>
      </Descriptions>
    </section>
  );
}
