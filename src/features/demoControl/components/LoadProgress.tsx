import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Progress } from 'antd';
import { useEffect, useRef } from 'react';
import type { DemoLoading } from '@/contract/demo';

const stages: Record<DemoLoading['stage'], string> = {
  generating: '正在生成演示数据',
  writing: '正在写入浏览器数据库',
};

/**
 * A large scenario loading in the background: how far it is, and once it is done, a receipt and
 * every page's data read again.
 */
export function LoadProgress({
  loading,
  name,
}: {
  loading: DemoLoading | null;
  name: (id: string) => string;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const was = useRef<DemoLoading | null>(null);
  useEffect(() => {
    const finished = was.current && !loading ? was.current : null;
    was.current = loading;
    if (!finished) return;
    void message.success(`演示场景“${name(finished.scenario)}”已载入。`);
    void queryClient.invalidateQueries();
  }, [loading, message, name, queryClient]);
  if (!loading) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={`正在载入演示场景“${name(loading.scenario)}”`}
      description={
        <>
          <Progress percent={loading.percent} aria-label="载入进度" />
          {stages[loading.stage]}（{loading.percent}
          %）。载入期间请勿关闭或刷新本页；完成后各页面的数据将自动更新。
        </>
      }
    />
  );
}
