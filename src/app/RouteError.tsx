// What a page that failed shows instead of the router's English developer screen: in Chinese,
// what happened and 重新加载. The common case after a deployment is a page's code that is gone
// from the server (the tab still runs the old build): the page is fetched on first visit, the
// fetch fails, and a reload fetches the new build. Inside the shell the header and menu stay.
import { Button, Result, Space, Typography } from 'antd';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { paths } from '@/lib/paths';

/** A page's code could not be fetched (Chromium, Firefox and Safari word it differently). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|module script|Failed to fetch|Loading chunk/i.test(
    message,
  );
}

export function RouteError({ inShell = false }: { inShell?: boolean }) {
  const error = useRouteError();
  const navigate = useNavigate();
  const chunk = isChunkLoadError(error);
  const title = chunk ? '页面需要重新加载' : '页面出错了';
  const detail = chunk
    ? '平台可能刚刚更新，或网络中断，这个页面的程序没有下载成功。请重新加载；已暂存和正在填写的内容保存在本机，不会丢失。'
    : isRouteErrorResponse(error) && error.status === 404
      ? '您访问的页面不存在或已移动。'
      : '显示这个页面时发生了错误。请重新加载；如果问题仍然存在，请返回首页后再试。';
  return (
    <Result
      status={chunk ? 'warning' : 'error'}
      title={
        // Inside the shell the page frame holds the page's <h1>.
        <Typography.Title level={inShell ? 2 : 1} style={{ margin: 0, fontSize: 22 }}>
          {title}
        </Typography.Title>
      }
      subTitle={detail}
      extra={
        <Space wrap style={{ justifyContent: 'center' }}>
          <Button type="primary" onClick={() => window.location.reload()}>
            重新加载
          </Button>
          <Button onClick={() => void navigate(paths.home())}>返回首页</Button>
        </Space>
      }
    />
  );
}
