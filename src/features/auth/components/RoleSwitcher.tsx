// 切换角色 (demo build only): become any demo account in one click, without its password, and
// land on that account's page for what was on screen (switchLanding). Trainers play the exporter
// and the customs officer in turn without logging out.
import { SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Dropdown, Typography, type MenuProps } from 'antd';
import { useLocation } from 'react-router';
import type { Role, Session } from '@/contract/auth';
import { onScreen } from '@/lib/onScreen';
import { demoAccountsQuery } from '../api/demoAccounts';
import { useBecomeAccount } from '../api/switchAccount';
import { switchLanding } from '../model/switchLanding';

const groups: readonly { role: Role; label: string }[] = [
  { role: 'enterprise', label: '企业' },
  { role: 'agency', label: '代录入企业' },
  { role: 'customs', label: '海关' },
];

export function RoleSwitcher({ session, tone }: { session: Session; tone: 'dark' | 'light' }) {
  const accounts = useQuery(demoAccountsQuery());
  const { become: becomeAt, isPending } = useBecomeAccount();
  const { pathname, search } = useLocation();

  const become = (username: string) => {
    const account = accounts.data?.accounts.find((a) => a.username === username);
    if (!account) return;
    // Where to land is decided on the page being left, while it still says what it shows.
    const landing = switchLanding({
      from: session,
      to: account,
      subject: onScreen(),
      here: `${pathname}${search}`,
    });
    void becomeAt(username, landing);
  };

  // Until the accounts are read the menu says so. The button is never disabled meanwhile: its
  // colours animating from disabled to enabled as the list arrived were caught half-way by axe's
  // contrast check on the console, right after signing in (a flaky journey).
  const reading: MenuProps['items'] = [
    {
      key: 'reading',
      disabled: true,
      label: accounts.error ? '无法读取演示账号，请稍后再试' : '正在读取演示账号…',
    },
  ];
  const items: MenuProps['items'] = !accounts.data
    ? reading
    : groups.map(({ role, label }) => ({
        type: 'group',
        key: role,
        label,
        children: (accounts.data?.accounts ?? [])
          .filter((a) => a.role === role)
          .map((a) => {
            const current = a.username === session.user.username;
            return {
              key: a.username,
              disabled: current,
              label: (
                <div style={{ maxWidth: 320, whiteSpace: 'normal' }}>
                  <div>
                    {a.displayName}（{a.username}）{current && '· 当前'}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {a.situation}
                  </Typography.Text>
                </div>
              ),
            };
          }),
      }));

  return (
    <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => become(key) }}>
      <Button
        size={tone === 'dark' ? 'small' : 'middle'}
        block={tone === 'light'}
        icon={<SwapOutlined />}
        loading={isPending}
      >
        切换角色
      </Button>
    </Dropdown>
  );
}
