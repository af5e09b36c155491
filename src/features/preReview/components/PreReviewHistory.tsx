import { Alert, Table, Typography } from 'antd';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { preReviewApplicationType } from '@/contract/applications';
import type { PreReviewApplication, PreReviewRecord } from '@/contract/preReview';
import { applicationTypeLabels } from '@/lib/applicationTypeLabels';
import { diffSheets } from '@/domain/preReview/sheetDiff';
import { TableScroll } from '@/components/TableScroll';
import { SheetChanges } from './SheetChanges';

const changesOf = (a: PreReviewApplication) => (a.before && a.after ? diffSheets(a.before, a.after) : null);

/**
 * 申请记录: every declared application, newest first, rejected ones included, with customs'
 * opinion and, for a change, the data before and after it. A draft not yet declared is shown
 * above it, with what it would change.
 */
export function PreReviewHistory({ record }: { record: PreReviewRecord }) {
  const applications = [...record.applications].reverse();
  const draftChanges =
    record.applicationStatus === '暂存' && record.state === '变更' && record.settled
      ? diffSheets(record.settled.data, record.data)
      : null;
  return (
    <section aria-label="申请记录">
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        申请记录
      </Typography.Title>
      {record.applicationStatus === '暂存' && record.state !== '正常' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`有一份暂存的${applicationTypeLabels[preReviewApplicationType[record.state]]}，尚未申报`}
          description={
            <>
              {record.reason && <p style={{ margin: 0 }}>申请说明：{record.reason}</p>}
              {draftChanges && <SheetChanges changes={draftChanges} caption="暂存的变更内容" />}
            </>
          }
        />
      )}
      <TableScroll label="申请记录">
        <Table<PreReviewApplication>
          size="small"
          scroll={{ x: 'max-content' }}
          rowKey="n"
          pagination={applications.length > 10 ? { pageSize: 10 } : false}
          dataSource={applications}
          locale={{ emptyText: '尚未申报过' }}
          expandable={{
            columnTitle: <span className="visually-hidden">展开变更内容</span>,
            rowExpandable: (a) => a.kind === '变更' && a.before !== null,
            expandedRowRender: (a) => (
              <SheetChanges changes={changesOf(a) ?? []} caption={`第 ${a.n} 次申请的变更内容`} />
            ),
          }}
          columns={[
            { title: '序号', dataIndex: 'n', width: 64 },
            {
              title: '申请类型',
              dataIndex: 'kind',
              render: (kind: PreReviewApplication['kind']) =>
                applicationTypeLabels[preReviewApplicationType[kind]],
            },
            {
              title: '申请状态',
              dataIndex: 'status',
              render: (status: string) => <StatusTag status={status} />,
            },
            { title: '申报时间', dataIndex: 'declaredAt', render: (at: string) => formatDateTime(at) },
            { title: '审核时间', dataIndex: 'decidedAt', render: (at: string | null) => formatDateTime(at) },
            { title: '审核意见', dataIndex: 'opinion', render: (opinion: string | null) => opinion ?? '—' },
            { title: '申请说明', dataIndex: 'reason', render: (reason: string) => reason || '—' },
            {
              title: '变更内容',
              key: 'changes',
              render: (_, a) => {
                const changes = changesOf(a);
                return changes ? `${changes.length} 项（展开查看）` : '—';
              },
            },
          ]}
        />
      </TableScroll>
    </section>
  );
}
