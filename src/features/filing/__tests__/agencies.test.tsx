// 代录入企业 (F2): the enterprise authorises agencies with scope, period and 授权委托书; edits and
// revocations keep who did what; the agency acts within scope and period, and a revocation takes
// effect at once, in the UI and in the service.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { fill, fillNewAgency } from '@/test/userActions';

async function actFor(token: string, enterpriseId: string | null) {
  return callApi('POST', '/auth/act-as', { token, body: { enterpriseId } });
}

describe('代录入企业 (the authorising enterprise)', () => {
  it('lists, adds, edits and revokes authorisations, keeping who changed what', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/agencies');
    const row = (await screen.findByText('深圳前海通关代理有限公司')).closest('tr');
    expect(row).toHaveTextContent('生效中');
    expect(row).toHaveTextContent('备案变更、授权人员、产品预审、核查互动、受理情况查询');

    await user.click(screen.getByRole('button', { name: '新增代录入企业' }));
    const drawer = await screen.findByRole('dialog', { name: '新增代录入企业' });
    await fill(user, '企业名称', '宁波港报关行有限公司');
    await fill(user, '统一社会信用代码', '91330206MA2AB3CD4X');
    await user.click(within(drawer).getByRole('button', { name: '保存授权' }));
    expect(
      await within(drawer).findByText('统一社会信用代码校验位不正确，请核对后重新输入'),
    ).toBeInTheDocument();
    expect(within(drawer).getByText('请至少选择一项授权范围')).toBeInTheDocument();

    await fillNewAgency(user);
    await user.click(within(drawer).getByRole('button', { name: '保存授权' }));
    expect(await screen.findByText('已授权 宁波港报关行有限公司 代录入。')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: '修改 宁波港报关行有限公司 的授权' }));
    const edit = await screen.findByRole('dialog', { name: '修改授权：宁波港报关行有限公司' });
    await user.click(within(edit).getByRole('checkbox', { name: '核查互动' }));
    await user.click(within(edit).getByRole('button', { name: '保存授权' }));
    expect(await screen.findByText('已保存修改。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '撤销 宁波港报关行有限公司 的授权' }));
    await user.click(await screen.findByRole('button', { name: '确定撤销' }));
    expect(await screen.findByText(/已撤销 宁波港报关行有限公司 的代录入授权/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '宁波港报关行有限公司 的变更记录' }));
    const log = await screen.findByRole('list', { name: '变更记录' });
    const entries = within(log).getAllByRole('listitem');
    expect(entries.map((e) => e.textContent)).toEqual([
      expect.stringMatching(/陈晓峰 · 撤销$/),
      expect.stringMatching(/陈晓峰 · 修改授权范围：产品预审 → 产品预审、核查互动$/),
      expect.stringMatching(/陈晓峰 · 新增$/),
    ]);
  });
});

describe('代录入企业 (the agency acting)', () => {
  it('first asks which enterprise to act for, naming each one’s scope and period', async () => {
    await signIn('tongguan');
    const { user } = renderApp('/');
    const choice = (await screen.findByText('请选择代理的企业')).closest('.ant-card') as HTMLElement;
    const principal = (await within(choice).findByText('宁波海曙精工机械有限公司')).closest(
      'li',
    ) as HTMLElement;
    expect(principal).toHaveTextContent('授权期限至 2027-12-31');
    expect(principal).toHaveTextContent(/授权范围：.*产品预审/);
    await user.click(within(principal).getByRole('button', { name: '代 宁波海曙精工机械有限公司 办理' }));
    expect(await screen.findByText('正在代 宁波海曙精工机械有限公司 办理业务。')).toBeInTheDocument();
    // Acting for it now: the home page is the enterprise's, and asks no more.
    await waitFor(() => expect(screen.queryByText('请选择代理的企业')).not.toBeInTheDocument());
    const info = await screen.findByText('代录入');
    expect(info.closest('tr') ?? info.parentElement).toHaveTextContent('深圳前海通关代理有限公司 受托代理');
  });

  it('acts for the enterprise that authorised it, within its scope', async () => {
    await signIn('tongguan');
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('combobox', { name: '代理企业' }));
    await user.click(await screen.findByTitle(/代理：宁波海曙精工机械有限公司/));
    expect(await screen.findByText('正在代 宁波海曙精工机械有限公司 办理业务。')).toBeInTheDocument();
    const info = await screen.findByText('代录入');
    expect(info.closest('tr') ?? info.parentElement).toHaveTextContent(
      '深圳前海通关代理有限公司 受托代理，授权至 2027-12-31',
    );

    await user.click(screen.getByRole('link', { name: '授权人员' }));
    expect(await screen.findByText('陈晓峰')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /代录入企业/ }));
    expect(
      await screen.findByText('“代录入企业”不在委托企业授予本代录入企业的授权范围内。'),
    ).toBeInTheDocument();
  });

  it('is refused outside its scope by the service, and at once after a revocation', async () => {
    const agency = await tokenFor('tongguan');
    expect((await actFor(agency, 'ent-jinggong')).status).toBe(200);
    expect((await callApi('GET', '/personnel', { token: agency })).status).toBe(200);

    const outside = await callApi('PUT', '/filing/draft', {
      token: agency,
      idempotencyKey: 'agency-filing-outside-scope',
      body: { version: 3, data: (await callApi('GET', '/filing', { token: agency })).body.filing.approved },
    });
    expect(outside.status).toBe(403);
    expect(outside.body.message).toBe('“企业备案”不在委托企业授予本代录入企业的授权范围内。');

    const unauthorised = await actFor(agency, 'ent-huamao');
    expect(unauthorised.status).toBe(403);

    const owner = await tokenFor('jinggong');
    await callApi('POST', '/agencies/agency-jinggong-tongguan/revoke', {
      token: owner,
      idempotencyKey: 'revoke-tongguan',
      body: { version: 1 },
    });
    const after = await callApi('GET', '/personnel', { token: agency });
    expect(after.status).toBe(403);
    expect(after.body.message).toContain('代录入授权已撤销');
    const session = await callApi('GET', '/auth/session', { token: agency });
    expect(session.body.session.actingFor).toBeNull();
    expect((await callApi('GET', '/agency/principals', { token: agency })).body.principals).toEqual([]);
  });

  it('shows the revocation to the agency at once', async () => {
    const agency = await signIn('tongguan');
    await actFor(agency, 'ent-jinggong');
    renderApp('/personnel');
    expect(await screen.findByText('陈晓峰')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '代理企业' }).closest('.ant-select')).toHaveTextContent(
      '代理：宁波海曙精工机械有限公司',
    );

    await callApi('POST', '/agencies/agency-jinggong-tongguan/revoke', {
      token: await tokenFor('jinggong'),
      idempotencyKey: 'revoke-while-open',
      body: { version: 1 },
    });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: '代理企业' }).closest('.ant-select')).toHaveTextContent(
        '本企业',
      ),
    );
  });
});
