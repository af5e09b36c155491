// 海关模拟审核台 through the UI: approve and reject declared applications with 审核意见; only the
// customs officer reaches it.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';

async function openHuafengFiling() {
  await signIn('haiguan');
  const app = renderApp('/customs');
  await app.user.click(
    await screen.findByRole('button', { name: '审核 温州瓯海华丰鞋业有限公司 的企业备案申请' }),
  );
  const drawer = await screen.findByRole('dialog', { name: '企业备案申请 · 温州瓯海华丰鞋业有限公司' });
  return { ...app, drawer };
}

describe('海关模拟审核台', () => {
  it('lists the declared filing with its data and approves it; the enterprise then has its 备案号', async () => {
    const { user, drawer } = await openHuafengFiling();
    expect(within(drawer).getByText('浙江省温州市瓯海区娄桥工业园区古岸头路 28 号')).toBeInTheDocument();
    expect(within(drawer).getByText('杭州海关·温州海关')).toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: '提交审核结果' }));
    expect(
      await screen.findByText('已审核：温州瓯海华丰鞋业有限公司 的企业备案申请审核通过。'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('没有待审核的申请')).toBeInTheDocument());

    await user.click(screen.getByRole('tab', { name: '已审核' }));
    const row = (await screen.findAllByText('温州瓯海华丰鞋业有限公司'))[0]?.closest('tr');
    expect(row).toHaveTextContent('审核通过');

    const filing = await callApi('GET', '/filing', { token: await tokenFor('huafeng') });
    expect(filing.body.filing.filingNo).toMatch(/^2903A/);
  });

  it('asks for an opinion before rejecting, then sends it to the enterprise', async () => {
    const { user, drawer } = await openHuafengFiling();
    await user.click(within(drawer).getByRole('radio', { name: '审核不通过' }));
    await user.click(within(drawer).getByRole('button', { name: '提交审核结果' }));
    expect(
      await within(drawer).findByText('审核不通过时请填写审核意见，告诉企业需要修改什么'),
    ).toBeInTheDocument();

    await user.click(within(drawer).getByLabelText('审核意见'));
    await user.paste('住所/地址与营业执照不一致，请核对后重新申报');
    await user.click(within(drawer).getByRole('button', { name: '提交审核结果' }));
    expect(
      await screen.findByText('已审核：温州瓯海华丰鞋业有限公司 的企业备案申请审核不通过。'),
    ).toBeInTheDocument();

    const filing = await callApi('GET', '/filing', { token: await tokenFor('huafeng') });
    expect(filing.body.filing.current).toMatchObject({
      status: '审核不通过',
      opinion: '住所/地址与营业执照不一致，请核对后重新申报',
    });
  });

  it('keeps enterprise accounts out of the console, and customs out of enterprise functions', async () => {
    await signIn('jinggong');
    const enterprise = renderApp('/customs');
    expect(await screen.findByText('此区域仅限海关审核人员')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '审核队列' })).not.toBeInTheDocument();
    enterprise.unmount();

    await signIn('haiguan');
    renderApp('/filing');
    expect(await screen.findByText('海关审核账号不能办理企业业务')).toBeInTheDocument();
  });
});
