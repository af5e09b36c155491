// FR1–FR3 through the filing screens against the mock service: withdraw and reject, then modify
// and declare again; change applications only after approval, with their diff and outcomes.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { fill, declareAndConfirm } from '@/test/userActions';
import { emptyFilingDraft } from '@/contract/filing';
import { filingStanding } from '../../../../mocks/domain/filing/filingWrites';

async function decide(recordId: string, decision: 'approve' | 'reject', opinion: string) {
  const customs = await tokenFor('haiguan');
  const { body: filing } = await callApi('GET', '/customs/applications?status=pending', { token: customs });
  const item = filing.items.find((i: { recordId: string }) => i.recordId === recordId);
  return callApi('POST', `/customs/applications/filing/${recordId}/decision`, {
    token: customs,
    idempotencyKey: `decide-${recordId}-${decision}-${item.version}`,
    body: { version: item.version, decision, opinion },
  });
}

describe('FR1: a withdrawn or rejected filing can be modified and declared again', () => {
  it('withdraw → modify → declare', async () => {
    const token = await signIn('huafeng');
    const { user } = renderApp('/filing');
    expect(
      await screen.findByText('备案申请已申报，海关审核期间不能修改；如需修改，请先撤回。'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤回' }));
    await user.click(await screen.findByRole('button', { name: '确定撤回' }));
    expect(await screen.findByText('已撤回，可修改后重新申报。')).toBeInTheDocument();

    await fill(user, '联系电话', '13857700000');
    await declareAndConfirm(user);
    expect(await screen.findByText('已申报，请等待海关审核。')).toBeInTheDocument();

    const { body } = await callApi('GET', '/filing', { token });
    expect(body.filing.current).toMatchObject({ status: '申报', data: { contactPhone: '13857700000' } });
    expect(body.filing.history.map((a: { status: string }) => a.status)).toEqual(['已撤回']);
  });

  it('reject → modify → declare, with customs’ opinion shown', async () => {
    await decide('filing-ent-huafeng', 'reject', '住所/地址与营业执照不一致');
    const token = await signIn('huafeng');
    const { user } = renderApp('/filing');
    const standing = await screen.findByRole('region', { name: '办理情况' });
    expect(standing).toHaveTextContent('企业备案申请未通过审核');
    expect(standing).toHaveTextContent('海关审核意见：住所/地址与营业执照不一致');

    await fill(user, '住所/地址', '浙江省温州市瓯海区娄桥街道古岸头路 28 号');
    await declareAndConfirm(user);
    expect(await screen.findByText('已申报，请等待海关审核。')).toBeInTheDocument();
    const { body } = await callApi('GET', '/filing', { token });
    expect(body.filing.history[0]).toMatchObject({
      status: '审核不通过',
      opinion: '住所/地址与营业执照不一致',
    });
  });

  it('refuses to withdraw what is not declared, in the service', async () => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/filing', { token });
    const response = await callApi('POST', '/filing/withdraw', {
      token,
      idempotencyKey: 'withdraw-approved',
      body: { version: body.filing.version },
    });
    expect(response.status).toBe(409);
    expect(response.body.message).toBe('只有已申报、尚未审核的申请可以撤回。');
  });
});

describe('备案变更 (FR2, FR3)', () => {
  it('FR2: is blocked before the filing is approved, in the UI and the service, with one reason', async () => {
    const token = await signIn('xinqi');
    renderApp('/filing/change');
    expect(
      await screen.findByText('企业备案审核通过后，才能办理此项业务。您的企业备案尚未审核通过。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '办理企业备案' })).toBeInTheDocument();

    // The gate comes first, as for every function: a malformed body is not read either.
    const malformed = await callApi('PUT', '/filing/change/draft', {
      token,
      idempotencyKey: 'change-before-approval',
      body: { version: 0, data: { nameCn: 'x' } },
    });
    expect(malformed.status).toBe(403);
    const wellFormed = await callApi('PUT', '/filing/change/draft', {
      token,
      idempotencyKey: 'change-before-approval-2',
      body: {
        version: 0,
        data: { ...emptyFilingDraft, nameCn: 'x' },
      },
    });
    expect(wellFormed.status).toBe(403);
    expect(wellFormed.body.message).toBe('企业备案审核通过后，才能办理此项业务。您的企业备案尚未审核通过。');
  });

  it('FR2: a page closed until the filing is approved says where it stands and offers the step that moves it on', async () => {
    await signIn('huafeng'); // its filing is declared, with customs
    const { unmount } = renderApp('/pre-reviews');
    expect(
      await screen.findByText('企业备案审核通过后，才能办理此项业务。您的企业备案尚未审核通过。'),
    ).toBeInTheDocument();
    expect(await screen.findByText('目前：企业备案申请已申报，海关审核中。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '查看企业备案' })).toBeInTheDocument();
    unmount();

    await decide('filing-ent-huafeng', 'reject', '营业执照已过期');
    const { user, router } = renderApp('/personnel');
    expect(await screen.findByText('目前：企业备案申请未通过审核。')).toBeInTheDocument();
    expect(screen.getByText('海关审核意见：营业执照已过期')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '修改企业备案' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/filing'));
  });

  it('shows the change field by field, saves it (pre-review stays open), declares it (pre-review blocked)', async () => {
    const token = await signIn('jinggong');
    const { user } = renderApp('/filing/change');
    expect(await screen.findByLabelText('联系人')).toHaveValue('陈晓峰');
    expect(screen.getByText('尚未修改任何项目。')).toBeInTheDocument();

    await fill(user, '联系人', '陈晓东');
    const diff = screen.getByRole('region', { name: '变更内容' });
    const row = within(diff).getByText('联系人').closest('tr');
    expect(row).toHaveTextContent('陈晓峰');
    expect(row).toHaveTextContent('陈晓东');

    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    let { body } = await callApi('GET', '/filing', { token });
    expect(filingStanding(body.filing)).toMatchObject({ filingApproved: true, changeDeclared: false });

    await declareAndConfirm(user);
    expect(await screen.findByText(/备案变更已申报，请等待海关审核/)).toBeInTheDocument();
    ({ body } = await callApi('GET', '/filing', { token }));
    expect(filingStanding(body.filing).changeDeclared).toBe(true);
    expect(
      await screen.findByText('备案变更申请已申报，海关审核期间不能修改；如需修改，请先撤回。'),
    ).toBeInTheDocument();
  });

  it('applies an approved change and keeps the approved filing when a change is rejected', async () => {
    const token = await signIn('jinggong');
    const declare = (contactName: string, key: string, version: number) =>
      callApi('GET', '/filing', { token }).then(({ body }) =>
        callApi('POST', '/filing/change/declare', {
          token,
          idempotencyKey: key,
          body: { version, data: { ...body.filing.approved, contactName } },
        }),
      );
    const first = await declare('李四', 'change-rejected', 3);
    expect(first.status).toBe(200);
    await decide('filing-ent-jinggong', 'reject', '联系人须为企业在职员工');
    let { body } = await callApi('GET', '/filing', { token });
    expect(body.filing.approved.contactName).toBe('陈晓峰');
    expect(body.filing.current).toMatchObject({ kind: 'change', status: '审核不通过' });
    // What the exporter reads: the change was refused and the approved filing is what holds.
    renderApp('/filing');
    const standing = await screen.findByRole('region', { name: '办理情况' });
    expect(standing).toHaveTextContent('备案变更申请未通过审核，备案信息未变更');
    expect(standing).toHaveTextContent('海关审核意见：联系人须为企业在职员工');
    expect(screen.getByText('陈晓峰')).toBeInTheDocument();

    await declare('陈晓东', 'change-approved', body.filing.version);
    await decide('filing-ent-jinggong', 'approve', '');
    ({ body } = await callApi('GET', '/filing', { token }));
    expect(body.filing.approved.contactName).toBe('陈晓东');
    expect(body.filing.filingNo).toBe('3107A19000187');
    expect(body.filing.current.opinion).toBe('备案变更审核通过，备案号是3107A19000187');
  });

  it('refuses to declare a change that changes nothing', async () => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/filing', { token });
    const response = await callApi('POST', '/filing/change/declare', {
      token,
      idempotencyKey: 'empty-change',
      body: { version: body.filing.version, data: body.filing.approved },
    });
    expect(response.status).toBe(422);
    expect(response.body.message).toContain('没有修改任何内容');
  });

  it('sends nothing when the confirmation is answered 返回修改, and keeps what was typed', async () => {
    const token = await signIn('jinggong');
    const { user } = renderApp('/filing/change');
    await fill(user, '联系电话', '0574-87650001');
    await user.click(screen.getByRole('button', { name: '申报' }));
    const summary = await screen.findByLabelText('申报内容');
    await user.click(
      within(summary.closest('[role="dialog"]') as HTMLElement).getByRole('button', { name: '返回修改' }),
    );
    await waitFor(() => expect(screen.queryByLabelText('申报内容')).not.toBeInTheDocument());
    expect(screen.getByLabelText('联系电话')).toHaveValue('0574-87650001');
    const { body } = await callApi('GET', '/filing', { token });
    expect(body.filing.version).toBe(3);
    expect(body.filing.current.status).toBe('审核通过');
  });

  it('creates one application when 申报 is clicked twice', async () => {
    const token = await signIn('jinggong');
    const { user } = renderApp('/filing/change');
    await fill(user, '联系电话', '0574-87650001');
    await user.dblClick(screen.getByRole('button', { name: '申报' }));
    // One confirmation, however often 申报 was pressed; and one application, however often it is confirmed.
    const dialog = await screen.findByRole('dialog', { name: '确认申报备案变更申请' });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(within(dialog).getByLabelText('申报内容')).toHaveTextContent(
      '变更事项1 项联系电话0574-87651234 → 0574-87650001',
    );
    await user.dblClick(within(dialog).getByRole('button', { name: '确认申报' }));
    expect(await screen.findByText(/备案变更已申报/)).toBeInTheDocument();
    await waitFor(async () => {
      const { body } = await callApi('GET', '/filing', { token });
      expect(body.filing.version).toBe(4);
      expect(body.filing.history).toHaveLength(3);
    });
  });
});
