import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import type { AcceptanceStatus } from '@/contract/acceptance';
import { applicationTypeLabels, statusLabel } from '@/lib/applicationTypeLabels';
import { paths } from '@/lib/paths';
import { recordPath } from '../model/recordPath';
import { acceptanceQueries } from '../api/acceptance';

const shown: AcceptanceStatus[] = ['待审核', '审核通过', '审核不通过'];

/** 首页: the enterprise's applications by state, and customs' latest decisions, each linking on. */
export function AcceptanceDashboard() {
  const summary = useQuery(acceptanceQueries.list({ pageSize: 10 }));
  if (!summary.data) return null;
  const { counts, recentDecisions } = summary.data;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card title="我的申请" extra={<Link to={paths.acceptance()}>受理情况查询</Link>}>
          <Row gutter={16}>
            {shown.map((status) => (
              <Col span={8} key={status}>
                <Link
                  to={paths.acceptance({ status })}
                  aria-label={`${status}的申请 ${counts[status] ?? 0} 项`}
                >
                  <Statistic title={status} value={counts[status] ?? 0} suffix="项" />
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title="最近的海关审核结果">
          {recentDecisions.length === 0 ? (
            '暂无审核结果'
          ) : (
            <ul aria-label="最近的海关审核结果" style={{ margin: 0, paddingLeft: 18 }}>
              {recentDecisions.map((item) => (
                <li key={item.id} style={{ marginBottom: 6 }}>
                  <Link to={recordPath(item)}>
                    {applicationTypeLabels[item.type]}：{item.subject}
                  </Link>{' '}
                  <StatusTag status={statusLabel(item)} /> {formatDateTime(item.decidedAt)}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </Col>
    </Row>
  );
}
