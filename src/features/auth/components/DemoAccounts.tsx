import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { demoAccountsQuery } from '../api/demoAccounts';
import { roleLabels } from '../model/roleLabels';

/** The demo accounts' cards, for the simulated card reader. */
export function useDemoCards(): Array<{ value: string; label: string }> {
  const accounts = useQuery(demoAccountsQuery());
  return (accounts.data?.accounts ?? []).map((a) => ({
    value: a.cardId,
    label: `${a.cardId}（${a.displayName}）`,
  }));
}

/** The simulator's demo accounts, each with a button that fills in the login form. */
export function DemoAccounts({ onUse }: { onUse: (username: string, password: string) => void }) {
  const accounts = useQuery(demoAccountsQuery());
  return (
    <Card title="演示账号">
      {accounts.data ? (
        <>
          <Typography.Paragraph>
            密码均为 <Typography.Text code>{accounts.data.password}</Typography.Text>，演示卡介质的 PIN 码均为{' '}
            <Typography.Text code>{accounts.data.cardPin}</Typography.Text>。
          </Typography.Paragraph>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {accounts.data.accounts.map((account) => (
              <li
                key={account.username}
                style={{
                  display: 'flex',
                  gap: 12,
                  alignItems: 'center',
                  padding: '8px 0',
                  borderTop: '1px solid #f0f0f0',
                }}
              >
                <div style={{ flex: 1 }}>
                  <Space wrap>
                    <Typography.Text code>{account.username}</Typography.Text>
                    <Tag>{roleLabels[account.role]}</Tag>
                  </Space>
                  <div>
                    <Typography.Text type="secondary">
                      {account.displayName} · {account.situation}
                    </Typography.Text>
                  </div>
                </div>
                <Button
                  size="small"
                  aria-label={`使用演示账号 ${account.username}`}
                  onClick={() => onUse(account.username, accounts.data.password)}
                >
                  填入
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : accounts.error ? (
        <RequestErrorAlert
          error={accounts.error}
          title="无法读取演示账号"
          onRetry={() => void accounts.refetch()}
        />
      ) : (
        <Typography.Text type="secondary">正在读取演示账号…</Typography.Text>
      )}
    </Card>
  );
}
