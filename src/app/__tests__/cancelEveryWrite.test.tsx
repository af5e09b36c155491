// Every write the app sends can be cancelled while it is pending: the forms of `writingForms`
// prove it under trouble (resilience.test.tsx); these are the rest — the other forms, the buttons
// of table rows and pages, and the login. In each the service never answers (hang), the user
// clicks 取消 where they are, is told the request was cancelled, keeps what they typed, and the
// service has not acted.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setRuntime } from '@mocks/http/runtime';
import { callApi, tokenFor } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { choose, fill, fillNewAgency } from '@/test/userActions';

interface PendingWrite {
  account: string | null;
  path: string;
  /** Starts the write (with the service hanging); returns where its 取消 should be. */
  start(user: UserEvent): Promise<HTMLElement>;
  /** After 取消: what the user had is still there, and the service did nothing. */
  after(): Promise<void>;
}

const page = () => document.body;

const pendingWrites: Record<string, PendingWrite> = {
  '代录入企业 保存授权': {
    account: 'jinggong',
    path: '/agencies',
    async start(user) {
      await user.click(await screen.findByRole('button', { name: '新增代录入企业' }));
      const drawer = await fillNewAgency(user);
      setRuntime({ fault: 'hang' });
      await user.click(within(drawer).getByRole('button', { name: '保存授权' }));
      return drawer;
    },
    async after() {
      const drawer = screen.getByRole('dialog', { name: '新增代录入企业' });
      expect(within(drawer).getByLabelText('企业名称')).toHaveValue('宁波港报关行有限公司');
      const { body } = await callApi('GET', '/agencies', { token: await tokenFor('jinggong') });
      expect(body.agencies.map((a: { data: { nameCn: string } }) => a.data.nameCn)).not.toContain(
        '宁波港报关行有限公司',
      );
    },
  },
  '代录入企业 撤销': {
    account: 'jinggong',
    path: '/agencies',
    async start(user) {
      await user.click(await screen.findByRole('button', { name: '撤销 深圳前海通关代理有限公司 的授权' }));
      setRuntime({ fault: 'hang' });
      await user.click(await screen.findByRole('button', { name: '确定撤销' }));
      return page();
    },
    async after() {
      expect(screen.getByText('深圳前海通关代理有限公司').closest('tr')).toHaveTextContent('生效中');
      const { body } = await callApi('GET', '/agencies', { token: await tokenFor('jinggong') });
      expect(body.agencies.map((a: { status: string }) => a.status)).not.toContain('已撤销');
    },
  },
  '授权人员 停用': {
    account: 'jinggong',
    path: '/personnel',
    async start(user) {
      await user.click(await screen.findByRole('button', { name: '停用 王丽' }));
      setRuntime({ fault: 'hang' });
      await user.click(await screen.findByRole('button', { name: '确定停用' }));
      return page();
    },
    async after() {
      expect(screen.getByText('王丽').closest('tr')).toHaveTextContent('审核通过，可代表本企业办理业务');
    },
  },
  '企业备案 撤回': {
    account: 'huafeng',
    path: '/filing',
    async start(user) {
      await user.click(await screen.findByRole('button', { name: '撤回' }));
      setRuntime({ fault: 'hang' });
      await user.click(await screen.findByRole('button', { name: '确定撤回' }));
      return page();
    },
    async after() {
      const { body } = await callApi('GET', '/filing', { token: await tokenFor('huafeng') });
      expect(body.filing.current.status).toBe('申报');
    },
  },
  '产品预审 注销': {
    account: 'jinggong',
    path: '/pre-reviews',
    async start(user) {
      await user.click(await screen.findByRole('button', { name: '注销 液压油缸' }, { timeout: 5_000 }));
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByLabelText('申请说明'));
      await user.paste('该型号已停产');
      setRuntime({ fault: 'hang' });
      const confirm = within(dialog).getByRole('button', { name: '暂存注销申请' });
      await user.click(confirm);
      // The dialog's own 取消 stops the request once it is pending (before, it closes the dialog).
      await waitFor(() => expect(confirm).toHaveClass('ant-btn-loading'));
      return dialog;
    },
    async after() {
      expect(within(screen.getByRole('dialog')).getByLabelText('申请说明')).toHaveValue('该型号已停产');
      const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-cylinder', {
        token: await tokenFor('jinggong'),
      });
      expect(body.preReview).toMatchObject({ state: '变更', applicationStatus: '审核通过' });
    },
  },
  '海关 审核': {
    account: 'haiguan',
    path: '/customs',
    async start(user) {
      await user.click(
        await screen.findByRole('button', { name: '审核 温州瓯海华丰鞋业有限公司 的企业备案申请' }),
      );
      const drawer = await screen.findByRole('dialog', {
        name: '企业备案申请 · 温州瓯海华丰鞋业有限公司',
      });
      await user.click(within(drawer).getByRole('radio', { name: '审核通过' }));
      await user.click(within(drawer).getByLabelText('审核意见'));
      await user.paste('资料齐全');
      setRuntime({ fault: 'hang' });
      await user.click(within(drawer).getByRole('button', { name: '提交审核结果' }));
      return drawer;
    },
    async after() {
      expect(within(screen.getByRole('dialog')).getByLabelText('审核意见')).toHaveValue('资料齐全');
      const { body } = await callApi('GET', '/filing', { token: await tokenFor('huafeng') });
      expect(body.filing.current.status).toBe('申报');
    },
  },
  '海关 发起核查': {
    account: 'haiguan',
    path: '/customs/verifications/new',
    async start(user) {
      await screen.findByLabelText('企业', {}, { timeout: 5_000 });
      await choose(user, '企业', '宁波海曙精工机械有限公司');
      await user.click(screen.getByRole('radio', { name: '原产地证书' }));
      await fill(user, '原产地证书编号', 'RCEP2026330001');
      await user.click(screen.getByRole('checkbox', { name: '生产记录' }));
      await fill(user, '核查要求', '请提供该批货物的生产记录。');
      setRuntime({ fault: 'hang' });
      await user.click(screen.getByRole('button', { name: '发起核查' }));
      return page();
    },
    async after() {
      expect(screen.getByLabelText('原产地证书编号')).toHaveValue('RCEP2026330001');
      expect(screen.getByLabelText('核查要求')).toHaveValue('请提供该批货物的生产记录。');
      const { body } = await callApi('GET', '/verifications', { token: await tokenFor('jinggong') });
      expect(JSON.stringify(body)).not.toContain('RCEP2026330001');
    },
  },
  登录: {
    account: null,
    path: '/login',
    async start(user) {
      await fill(user, '用户名', 'jinggong');
      await fill(user, '密码', 'demo1234');
      setRuntime({ fault: 'hang' });
      await user.click(screen.getByRole('button', { name: '登录' }));
      return page();
    },
    async after() {
      expect(screen.getByLabelText('用户名')).toHaveValue('jinggong');
      expect(screen.queryByRole('heading', { name: '首页' })).not.toBeInTheDocument();
    },
  },
};

describe.each(Object.entries(pendingWrites))('%s', (_name, write) => {
  it('offers 取消 while pending; cancelling keeps everything and the service does nothing', async () => {
    if (write.account) await signIn(write.account);
    const { user } = renderApp(write.path);
    const scope = await write.start(user);
    await user.click(await within(scope).findByRole('button', { name: '取消' }, { timeout: 3_000 }));
    expect(await screen.findByText(/请求已取消/)).toBeInTheDocument();
    setRuntime({ fault: 'none' });
    await waitFor(() => write.after());
  });
});
