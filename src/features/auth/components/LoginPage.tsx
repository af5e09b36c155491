import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Layout, Space, Tag, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { Link, Navigate, useSearchParams } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { showServerFieldErrors } from '@/components/form/serverErrors';
import { TextField } from '@/components/form/TextField';
import { ApiError } from '@/lib/api/apiError';
import { demoAccountsQuery } from '../api/demoAccounts';
import { useLogin } from '../api/login';
import { sessionQueries } from '../api/sessionQueries';
import { passwordLoginSchema, roleLabels, type PasswordLogin } from '../model/authSchemas';

/** Only paths inside the app, so a crafted link cannot send the user elsewhere after login. */
function safeReturnPath(from: string | null): string {
  return from && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const [params] = useSearchParams();
  const session = useQuery(sessionQueries.current());
  const accounts = useQuery(demoAccountsQuery());
  const login = useLogin();
  const { control, handleSubmit, setError, setValue } = useForm<PasswordLogin>({
    defaultValues: { username: '', password: '' },
    resolver: zodResolver(passwordLoginSchema),
  });

  if (session.data) return <Navigate to={safeReturnPath(params.get('from'))} replace />;

  const onSubmit = handleSubmit((credentials) =>
    login.mutate(credentials, {
      onError: (error) => showServerFieldErrors(error, setError, ['username', 'password']),
    }),
  );
  const credentialsRefused = login.error instanceof ApiError && login.error.status === 401;

  return (
    <Layout style={{ minHeight: '100vh', background: '#f0f4f8' }}>
      <Layout.Content style={{ maxWidth: 960, width: '100%', margin: '0 auto', padding: '48px 16px' }}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <header>
            <Typography.Title level={1} style={{ marginBottom: 4 }}>
              原产地综合服务平台
            </Typography.Title>
            <Typography.Text type="secondary">
              企业端 · 请通过“互联网+海关”或中国国际贸易“单一窗口”进入本平台（本环境为演示环境）
            </Typography.Text>
          </header>
          <main>
            <Space align="start" wrap size="large" style={{ width: '100%' }}>
              <Card title="账号登录" style={{ width: 380 }}>
                <form noValidate aria-label="账号登录" onSubmit={(event) => void onSubmit(event)}>
                  <Form layout="vertical" component={false}>
                    <TextField
                      control={control}
                      name="username"
                      label="用户名"
                      required
                      autoComplete="username"
                    />
                    <TextField
                      control={control}
                      name="password"
                      label="密码"
                      type="password"
                      required
                      autoComplete="current-password"
                    />
                  </Form>
                  {login.error && !credentialsRefused && (
                    <RequestErrorAlert error={login.error} title="登录未完成" />
                  )}
                  <Button
                    type="primary"
                    htmlType="submit"
                    block
                    loading={login.isPending}
                    style={{ marginTop: 8 }}
                  >
                    登录
                  </Button>
                </form>
              </Card>
              <Card title="演示账号" style={{ width: 480 }}>
                {accounts.data ? (
                  <>
                    <Typography.Paragraph>
                      密码均为 <Typography.Text code>{accounts.data.password}</Typography.Text>
                      ，点击账号可填入。
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
                            <Space>
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
                            onClick={() => {
                              setValue('username', account.username);
                              setValue('password', accounts.data.password);
                            }}
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
            </Space>
          </main>
          <footer>
            <Link to="/demo">演示数据管理</Link>
          </footer>
        </Space>
      </Layout.Content>
    </Layout>
  );
}
