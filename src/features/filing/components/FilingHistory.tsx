import { Table, Typography } from 'antd';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { filingApplicationType } from '@/contract/applications';
import type { FilingApplication, FilingRecord } from '@/contract/filing';
import { applicationTypeLabels } from '@/lib/applicationTypeLabels';
import { TableScroll } from '@/components/TableScroll';

/** 申请记录: every application of the filing, newest first, with customs' decisions. */
export function FilingHistory({ filing }: { filing: FilingRecord }) {
  const applications = [filing.current, ...filing.history].filter((a): a is FilingApplication => a !== null);
  return (
    <section aria-label="申请记录">
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        申请记录
      </Typography.Title>
      <TableScroll label="申请记录">
        <Table
          size="small"
          scroll={{ x: 'max-content' }}
          rowKey="id"
          pagination={false}
          dataSource={applications}
          columns={[
            {
              title: '申请类型',
              dataIndex: 'kind',
              render: (kind: FilingApplication['kind']) => applicationTypeLabels[filingApplicationType[kind]],
            },
            {
              title: '申请状态',
              dataIndex: 'status',
              render: (status: string) => <StatusTag status={status} />,
            },
            { title: '申报时间', dataIndex: 'declaredAt', render: (at: string | null) => formatDateTime(at) },
            {
              title: '审核/撤回时间',
              dataIndex: 'decidedAt',
              render: (at: string | null) => formatDateTime(at),
            },
            { title: '审核意见', dataIndex: 'opinion', render: (opinion: string | null) => opinion ?? '—' },
          ]}
        />
      </TableScroll>
    </section>
  );
}
