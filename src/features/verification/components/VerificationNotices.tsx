import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { StatusTag } from '@/components/StatusTag';
import { paths } from '@/lib/paths';
import { verificationQueries } from '../api/verifications';

/** Verification records awaiting the enterprise, soonest deadline first, on the home page. */
export function VerificationNotices() {
  const notices = useQuery(verificationQueries.notices());
  const actionable = notices.data?.actionable ?? [];
  if (notices.isPending || notices.error || actionable.length === 0) return null;
  return (
    <Card
      title={
        <Space>
          待处理的核查记录单 <Badge count={actionable.length} aria-hidden="true" />
        </Space>
      }
      extra={<Link to={paths.verifications()}>全部核查记录单</Link>}
    >
      <ul aria-label="待处理的核查记录单" style={{ margin: 0, paddingLeft: 18 }}>
        {actionable.map((n) => (
          <li key={n.id} style={{ marginBottom: 6 }}>
            <Space wrap>
              <Link to={paths.verification(n.id)}>{n.number}</Link>
              <Typography.Text>{n.subject}</Typography.Text>
              <StatusTag status={n.state} />
              <span>回复期限 {n.deadline}</span>
              {n.overdue && <Tag color="error">已逾期</Tag>}
            </Space>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** How many records await the enterprise (for the navigation); 0 while unknown. */
export function useActionableVerificationCount(enabled: boolean): number {
  const notices = useQuery({ ...verificationQueries.notices(), enabled });
  return notices.data?.actionable.length ?? 0;
}
