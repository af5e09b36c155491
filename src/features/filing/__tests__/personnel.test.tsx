// 授权人员 (F2) against the mock service: list, add with ID check digit and documents, submit for
// customs review, duplicates refused, edit, disable; only after approval (FR2), only one's own.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { fileOf, pdfBytes } from '@/test/files';
import { renderApp, signIn } from '@/test/renderApp';
import { fill, declareAndConfirm } from '@/test/userActions';

function rowOf(name: string) {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** Customs decides the person's pending application, as the console would; answers its queue item. */
async function decidePerson(name: string, decision: 'approve' | 'reject', opinion: string) {
  const customs = await tokenFor('haiguan');
  const queue = await callApi('GET', '/customs/applications?status=pending', { token: customs });
  const item = queue.body.items.find((i: { subject: string }) => i.subject === name);
  await callApi('POST', `/customs/applications/personnel/${item.recordId}/decision`, {
    token: customs,
    idempotencyKey: `${decision}-${item.recordId}`,
    body: { version: item.version, decision, opinion },
  });
  return item;
}

describe('授权人员', () => {
  it('lists the enterprise’s personnel with masked ID numbers', async () => {
    await signIn('jinggong');
    renderApp('/personnel');
    expect(await screen.findByText('陈晓峰')).toBeInTheDocument();
    expect(rowOf('陈晓峰')).toHaveTextContent('3302**********301X');
    expect(rowOf('王丽')).toHaveTextContent('审核通过');
    expect(rowOf('王丽')).toHaveTextContent('审核通过，可代表本企业办理业务');
  });

  it('adds a person, checking the ID number’s check digit, and submits them for customs review', async () => {
    const token = await signIn('jinggong');
    const { user } = renderApp('/personnel');
    await user.click(await screen.findByRole('button', { name: '新增授权人员' }));
    const drawer = await screen.findByRole('dialog', { name: '新增授权人员' });
    await fill(user, '姓名', '赵强');
    await fill(user, '身份证号码', '440304198501011234');
    await fill(user, '移动电话', '13612345678');
    await user.click(within(drawer).getByRole('button', { name: '申报' }));
    expect(await within(drawer).findByText('身份证号码校验位不正确，请核对后重新输入')).toBeInTheDocument();
    expect(within(drawer).getByText('请上传授权委托书')).toBeInTheDocument();

    await fill(user, '身份证号码', '440304198501011235');
    await user.upload(within(drawer).getByLabelText('授权委托书'), fileOf(pdfBytes(), '授权委托书.pdf'));
    await user.upload(within(drawer).getByLabelText('身份证'), fileOf(pdfBytes(), '身份证.pdf'));
    await within(drawer).findByRole('button', { name: /下载 身份证\.pdf/ });
    await declareAndConfirm(user, within(drawer).getByRole('button', { name: '申报' }));
    expect(await screen.findByText('已提交海关审核。')).toBeInTheDocument();
    expect(await screen.findByText('赵强')).toBeInTheDocument();
    // 办理情况 in words: with customs, and what that means for the person.
    expect(rowOf('赵强')).toHaveTextContent('审核中');
    expect(rowOf('赵强')).toHaveTextContent('已申报，海关审核中，审核期间不能修改或停用');

    const item = await decidePerson('赵强', 'approve', '');
    expect(item).toMatchObject({ kind: 'personnel', type: 'personnel' });
    const { body } = await callApi('GET', '/personnel', { token });
    expect(body.personnel.find((p: { data: { name: string } }) => p.data.name === '赵强').status).toBe(
      '审核通过',
    );
  });

  it('says in words that a refused person cannot act yet, with customs’ opinion', async () => {
    const token = await signIn('jinggong');
    const { body } = await callApi('GET', '/personnel', { token });
    const wang = body.personnel.find((p: { data: { name: string } }) => p.data.name === '王丽');
    const saved = await callApi('PUT', `/personnel/${wang.id}`, {
      token,
      idempotencyKey: 'wang-redeclare',
      body: { version: wang.version, declare: true, data: wang.data },
    });
    expect(saved.status).toBe(200);
    await decidePerson('王丽', 'reject', '身份证复印件不清晰');
    renderApp('/personnel');
    expect(await screen.findByText('王丽')).toBeInTheDocument();
    expect(rowOf('王丽')).toHaveTextContent('未通过审核，请按审核意见修改后重新申报');
    expect(rowOf('王丽')).toHaveTextContent('海关审核意见：身份证复印件不清晰');
  });

  it('refuses a second person with the same ID number, on the ID field', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/personnel');
    await user.click(await screen.findByRole('button', { name: '新增授权人员' }));
    const drawer = await screen.findByRole('dialog', { name: '新增授权人员' });
    await fill(user, '姓名', '陈晓峰');
    await fill(user, '身份证号码', '33020319880512301X');
    await user.click(within(drawer).getByRole('button', { name: '暂存' }));
    expect(
      await within(drawer).findByText('该身份证号码已登记为本企业的授权人员，不能重复添加。'),
    ).toBeInTheDocument();
    expect(within(drawer).getByLabelText('姓名')).toHaveValue('陈晓峰');
  });

  it('edits a person as a draft and disables another; a disabled person cannot be edited', async () => {
    const token = await signIn('jinggong');
    const { user } = renderApp('/personnel');
    await user.click(await screen.findByRole('button', { name: '修改 陈晓峰' }));
    const drawer = await screen.findByRole('dialog', { name: '修改授权人员 陈晓峰' });
    await fill(user, '移动电话', '13957400000');
    await user.click(within(drawer).getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存。')).toBeInTheDocument();
    expect(rowOf('陈晓峰')).toHaveTextContent('暂存');

    await user.click(screen.getByRole('button', { name: '停用 王丽' }));
    await user.click(await screen.findByRole('button', { name: '确定停用' }));
    expect(await screen.findByText('已停用授权人员 王丽。')).toBeInTheDocument();
    expect(rowOf('王丽')).toHaveTextContent('已停用');

    const { body } = await callApi('GET', '/personnel', { token });
    const wang = body.personnel.find((p: { data: { name: string } }) => p.data.name === '王丽');
    const edit = await callApi('PUT', `/personnel/${wang.id}`, {
      token,
      idempotencyKey: 'edit-disabled',
      body: { version: wang.version, declare: false, data: wang.data },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toBe('该授权人员已停用，不能修改。');
  });

  it('is open only after the filing is approved (FR2), and only to the enterprise’s own people', async () => {
    const xinqi = await signIn('xinqi');
    renderApp('/personnel');
    expect(await screen.findByText(/企业备案审核通过后，才能办理此项业务。/)).toBeInTheDocument();
    expect((await callApi('GET', '/personnel', { token: xinqi })).status).toBe(403);

    const huamao = await tokenFor('huamao');
    const crafted = await callApi('PUT', '/personnel/person-jinggong-1', {
      token: huamao,
      idempotencyKey: 'edit-other-enterprise',
      body: {
        version: 2,
        declare: false,
        data: { name: '篡改', idNumber: '', mobile: '', powerOfAttorney: null, idCardCopy: null },
      },
    });
    expect(crafted.status).toBe(404);
  });
});
