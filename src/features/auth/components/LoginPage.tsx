import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Layout, Row, Space, Tabs, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { DemoTag, Emblem } from '@/components/brand/BrandMark';
import { PLATFORM_NAME } from '@/components/brand/brand';
import type { PasswordLogin, Session } from '@/contract/auth';
import { paths } from '@/lib/paths';
import { sessionQueries } from '../api/sessionQueries';
import { BrowserReadiness } from './BrowserReadiness';
import { DemoAccounts } from './DemoAccounts';
import { PasswordLoginForm } from './PasswordLoginForm';

// The second tab's form (and the Select it needs) loads when the tab is opened, not with the page.
// Its card reader is simulated: a deployment build has no card tab (it needs customs' own reader).
const SimulatedCardLogin = __SIMULATOR__
  ? lazy(() => import('./CardLoginForm').then((m) => ({ default: m.SimulatedCardLogin })))
  : null;

/** Only paths inside the app, so a crafted link cannot send the user elsewhere after login. */
function safeReturnPath(from: string | null): string | null {
  return from && from.startsWith('/') && !from.startsWith('//') ? from : null;
}

/** Customs officers work in the console; everyone else goes back where they were, or home. */
function landingFor(session: Session, from: string | null): string {
  const target = safeReturnPath(from);
  const inConsole = (path: string) => path.startsWith(paths.customs());
  if (session.user.role === 'customs') return target && inConsole(target) ? target : paths.customs();
  return target && !inConsole(target) ? target : paths.home();
}

export function LoginPage() {
  const [params] = useSearchParams();
  const session = useQuery(sessionQueries.current());
  const [prefill, setPrefill] = useState<PasswordLogin | null>(null);
  const [tab, setTab] = useState('password');

  if (session.data) return <Navigate to={landingFor(session.data, params.get('from'))} replace />;

  return (
    <Layout style={{ minHeight: '100vh', background: '#f0f4f8' }}>
      {/* Without the demo's account list beside it, the login is one narrow column. */}
      <Layout.Content
        style={{
          maxWidth: __SIMULATOR__ ? 1040 : 480,
          width: '100%',
          margin: '0 auto',
          padding: '48px 16px',
        }}
      >
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <header style={{ display: 'flex', alignItems: 'flex-start', gap: 16 }}>
            <Emblem size={48} />
            <div style={{ minWidth: 0 }}>
              <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
                <Typography.Title level={1} style={{ margin: 0, fontSize: 28 }}>
                  {PLATFORM_NAME}
                </Typography.Title>
                {__SIMULATOR__ && <DemoTag />}
              </div>
              <Typography.Text type="secondary">
                企业端 · 请通过“互联网+海关”或中国国际贸易“单一窗口”进入本平台
                {__SIMULATOR__ && '。本环境为演示环境：海关服务为模拟，数据只保存在本浏览器中'}
              </Typography.Text>
            </div>
          </header>
          <div>
            <Row gutter={[24, 24]}>
              <Col xs={24} md={__SIMULATOR__ ? 10 : 24}>
                <Space orientation="vertical" size="large" style={{ width: '100%' }}>
                  {params.get('expired') === '1' && (
                    <Alert
                      type="warning"
                      showIcon
                      role="alert"
                      title="登录已过期，请重新登录"
                      description="您未提交的填写内容已保存在本机，登录后打开原页面即可恢复。"
                    />
                  )}
                  <Card>
                    <Tabs
                      activeKey={tab}
                      onChange={setTab}
                      items={[
                        {
                          key: 'password',
                          label: '账号登录',
                          children: <PasswordLoginForm prefill={prefill} />,
                        },
                        ...(SimulatedCardLogin
                          ? [
                              {
                                key: 'card',
                                label: '卡介质登录',
                                children: (
                                  <Suspense
                                    fallback={<Typography.Text type="secondary">正在加载…</Typography.Text>}
                                  >
                                    <SimulatedCardLogin />
                                  </Suspense>
                                ),
                              },
                            ]
                          : []),
                      ]}
                    />
                  </Card>
                  <BrowserReadiness />
                </Space>
              </Col>
              {__SIMULATOR__ && (
                <Col xs={24} md={14}>
                  <DemoAccounts
                    onUse={(username, password) => {
                      setTab('password');
                      setPrefill({ username, password });
                    }}
                  />
                </Col>
              )}
            </Row>
          </div>
          {__SIMULATOR__ && (
            <footer>
              <Link to={paths.demo()}>演示数据管理</Link>
            </footer>
          )}
        </Space>
      </Layout.Content>
    </Layout>
  );
}
