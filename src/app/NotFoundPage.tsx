import { Button, Result, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          页面不存在
        </Typography.Title>
      }
      subTitle="您访问的页面不存在或已移动。"
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home())}>
          返回首页
        </Button>
      }
    />
  );
}
