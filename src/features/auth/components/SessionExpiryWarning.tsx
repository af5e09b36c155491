// Warns before the session expires, offers to extend it, and when it does expire sends the user
// to the login page. Typed values are not at stake: forms keep work in progress locally.
import { useQueryClient } from '@tanstack/react-query';
import { Button, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { setSessionToken } from '@/lib/session';
import { SESSION_WARNING_SECONDS, type Session } from '@/contract/auth';
import { paths } from '@/lib/paths';
import { useExtendSession } from '../api/extendSession';
import { useLogout } from '../api/logout';
import { sessionQueries } from '../api/sessionQueries';

function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
}

function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} 分 ${seconds % 60} 秒` : `${seconds} 秒`;
}

export function SessionExpiryWarning({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const extend = useExtendSession();
  const logout = useLogout();
  // The clock ticks; the remaining time follows both the clock and an extended expiry at once.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const remaining = secondsLeft(session.expiresAt, now);

  useEffect(() => {
    if (remaining > 0) return;
    // Expired: forget the session locally and go to the login page, coming back here afterwards.
    setSessionToken(null);
    queryClient.clear();
    queryClient.setQueryData(sessionQueries.current().queryKey, null);
    const from = `${location.pathname}${location.search}`;
    void navigate(paths.login({ expired: true, from }), { replace: true });
  }, [remaining, queryClient, navigate, location.pathname, location.search]);

  const open = remaining > 0 && remaining <= SESSION_WARNING_SECONDS;
  return (
    <Modal
      open={open}
      title="登录即将过期"
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={[
        <Button
          key="logout"
          onClick={() =>
            logout.mutate(undefined, { onSettled: () => void navigate(paths.login(), { replace: true }) })
          }
        >
          退出登录
        </Button>,
        <Button key="extend" type="primary" loading={extend.isPending} onClick={() => extend.mutate()}>
          延长登录
        </Button>,
      ]}
    >
      <Typography.Paragraph>
        为保护企业数据，登录将在 <Typography.Text strong>{formatCountdown(remaining)}</Typography.Text>{' '}
        后过期。
      </Typography.Paragraph>
      <Typography.Paragraph>您正在填写的内容已自动保存在本机，过期后重新登录即可恢复。</Typography.Paragraph>
      {extend.error && <RequestErrorAlert error={extend.error} title="延长登录未完成" />}
    </Modal>
  );
}
