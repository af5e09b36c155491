// 当前演示数据: what is loaded, said as a trainer would say it before a demo.
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Skeleton } from 'antd';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import type { DemoStatus, DemoSummary } from '@/contract/demo';
import { applicationTypeLabels } from '@/lib/applicationTypeLabels';
import { formatDateTime } from '@/lib/format';
import { demoQueries } from '../api/demoStatus';

/** "3 家：备案已通过 2 家，未备案 1 家" — the parts with none left out. */
function counted(total: number, unit: string, parts: readonly [string, number][]): string {
  const said = parts.filter(([, n]) => n > 0).map(([label, n]) => `${label} ${n} ${unit}`);
  return said.length > 0 ? `${total} ${unit}：${said.join('，')}` : `${total} ${unit}`;
}

function rows(summary: DemoSummary) {
  const { enterprises, applications } = summary;
  const pending = applications.filter((a) => a.pending > 0);
  const pendingTotal = pending.reduce((sum, a) => sum + a.pending, 0);
  const approved = applications.reduce((sum, a) => sum + a.approved, 0);
  const rejected = applications.reduce((sum, a) => sum + a.rejected, 0);
  return [
    {
      label: '企业',
      value: counted(enterprises.total, '家', [
        ['备案已通过', enterprises.filed],
        ['备案待海关审核', enterprises.awaitingFiling],
        ['未备案', enterprises.unfiled],
      ]),
    },
    {
      label: '待海关审核的申请',
      value:
        pendingTotal === 0
          ? '没有'
          : counted(
              pendingTotal,
              '件',
              pending.map((a) => [applicationTypeLabels[a.type], a.pending]),
            ),
    },
    {
      label: '海关已审核的申请',
      value: counted(approved + rejected, '件', [
        ['审核通过', approved],
        ['审核不通过', rejected],
      ]),
    },
    {
      label: '产品预审',
      value: counted(
        summary.preReviews.reduce((sum, p) => sum + p.count, 0),
        '条',
        summary.preReviews.map((p) => [`状态为“${p.state}”`, p.count]),
      ),
    },
    {
      label: '核查记录单',
      value: counted(
        summary.verifications.reduce((sum, v) => sum + v.count, 0),
        '份',
        summary.verifications.map((v) => [v.state, v.count]),
      ),
    },
    {
      label: '其他',
      value: `授权人员 ${summary.personnel} 人，代录入授权 ${summary.agencies} 项，附件 ${summary.files} 份`,
    },
  ];
}

export function LoadedData({ status, scenarioName }: { status: DemoStatus; scenarioName: string }) {
  const summary = useQuery(demoQueries.summary());
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="演示场景">{scenarioName}</Descriptions.Item>
      <Descriptions.Item label="载入时间">{formatDateTime(status.seededAt)}</Descriptions.Item>
      <Descriptions.Item label="数据版本">第 {status.dataVersion} 版</Descriptions.Item>
      {summary.data ? (
        rows(summary.data).map((row) => (
          <Descriptions.Item key={row.label} label={row.label}>
            {row.value}
          </Descriptions.Item>
        ))
      ) : (
        <Descriptions.Item label="已载入">
          {summary.error ? (
            <RequestErrorAlert
              error={summary.error}
              title="无法统计演示数据"
              onRetry={() => void summary.refetch()}
            />
          ) : (
            <Skeleton active paragraph={{ rows: 2 }} title={false} />
          )}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
