import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space } from 'antd';
import { demoQueries, useAckNotices } from '../api/demoStatus';

/** What the simulator had to do with stored data (migrated, repaired, reseeded): said once. */
export function DemoNotices() {
  const { data } = useQuery(demoQueries.status());
  const ack = useAckNotices();
  const notices = data?.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          type="warning"
          showIcon
          role="status"
          title="演示数据提示"
          description={notice.message}
          action={
            <Button size="small" onClick={() => ack.submit({ body: { ids: [notice.id] } })}>
              知道了
            </Button>
          }
        />
      ))}
    </Space>
  );
}
