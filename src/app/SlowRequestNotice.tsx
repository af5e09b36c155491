import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useEffect, useState } from 'react';

const SLOW_AFTER_MS = 2_000;

/** Says so when the customs service takes long to answer, so nobody clicks twice or leaves. */
export function SlowRequestNotice() {
  const busy = useIsFetching() + useIsMutating() > 0;
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    if (!busy) return undefined;
    const timer = setTimeout(() => setWaitedLong(true), SLOW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setWaitedLong(false);
    };
  }, [busy]);
  if (!busy || !waitedLong) return null;
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title="海关服务响应较慢，正在等待…"
      description="请勿重复提交；如长时间没有结果，可取消后重试，已填写的内容不会丢失。"
    />
  );
}
