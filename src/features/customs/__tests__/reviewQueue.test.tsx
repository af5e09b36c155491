// 海关模拟审核台 through the UI: approve and reject declared applications with 审核意见; only the
// customs officer reaches it.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { setRuntime } from '@mocks/http/runtime';
import { callApi, createPreReview, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';
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
  it('lists the declared filing with its data; nothing is chosen until the officer chooses; approves from the keyboard; the enterprise then has its 备案号', async () => {
    const { user, drawer } = await openHuafengFiling();
    expect(within(drawer).getByText('浙江省温州市瓯海区娄桥工业园区古岸头路 28 号')).toBeInTheDocument();
    expect(within(drawer).getByText('备案海关').closest('tr')).toHaveTextContent('杭州海关·温州海关');
    expect(within(drawer).getByRole('radio', { name: '审核通过' })).not.toBeChecked();
    expect(within(drawer).getByRole('radio', { name: '审核不通过' })).not.toBeChecked();

    await user.click(within(drawer).getByRole('button', { name: '提交审核结果' }));
    expect(await within(drawer).findByText('请选择审核结果')).toBeInTheDocument();

    await user.keyboard('{Alt>}y{/Alt}');
    expect(within(drawer).getByRole('radio', { name: '审核通过' })).toBeChecked();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(
      await screen.findByText(/^已审核：温州瓯海华丰鞋业有限公司 的企业备案申请审核通过。/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: '审核 温州瓯海华丰鞋业有限公司 的企业备案申请' }),
      ).not.toBeInTheDocument(),
    );

    await user.click(screen.getByRole('tab', { name: '已审核' }));
    const row = (await screen.findAllByText('温州瓯海华丰鞋业有限公司'))[0]?.closest('tr');
    expect(row).toHaveTextContent('审核通过');
    expect(row).toHaveTextContent('王敏（宁波海关）');
    expect(row).toHaveTextContent('备案审核通过，备案号是2903A');

    const filing = await callApi('GET', '/filing', { token: await tokenFor('huafeng') });
    expect(filing.body.filing.filingNo).toMatch(/^2903A/);
  });

  it('after a decision opens the next application awaiting one on the page', async () => {
    await createPreReview(await tokenFor('jinggong'), workedExample(), { declare: true });
    await signIn('haiguan');
    const app = renderApp('/customs');
    const reviews = await screen.findAllByRole('button', { name: /^审核 / });
    expect(reviews.length).toBeGreaterThan(1);
    const second = reviews[1]?.getAttribute('aria-label') ?? '';
    await app.user.click(reviews[0] as HTMLElement);
    const drawer = await screen.findByRole('dialog');
    await app.user.click(await within(drawer).findByRole('radio', { name: /审核通过|核查完成/ }));
    await app.user.click(within(drawer).getByRole('button', { name: '提交审核结果' }));
    expect(await screen.findByText(/已打开下一条。$/)).toBeInTheDocument();
    // The second row's application is now the one under review.
    const [, enterprise, type] = /^审核 (.+) 的(.+)$/.exec(second) ?? [];
    expect(await screen.findByRole('dialog', { name: `${type} · ${enterprise}` })).toBeInTheDocument();
  });

  it('filters by 申请类型 and 统一社会信用代码, and says what each application asks', async () => {
    await signIn('haiguan');
    const app = renderApp('/customs');
    await screen.findAllByRole('button', { name: /^审核 / });
    await app.user.click(screen.getByRole('combobox', { name: '申请类型' }));
    await app.user.click(await screen.findByRole('option', { name: '企业备案申请' }));
    await app.user.type(screen.getByRole('textbox', { name: '统一社会信用代码' }), '91330304');
    await app.user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^审核 / })).toHaveLength(1));
    const row = screen.getByRole('button', { name: /^审核 / }).closest('tr');
    expect(row).toHaveTextContent('温州瓯海华丰鞋业有限公司');
    expect(row).toHaveTextContent('首次备案：生产型企业');

    await app.user.clear(screen.getByRole('textbox', { name: '统一社会信用代码' }));
    await app.user.type(screen.getByRole('textbox', { name: '统一社会信用代码' }), '91330203');
    await app.user.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('没有符合条件的待审核申请')).toBeInTheDocument();
  });

  it('opens the application the address names, and keeps it open over a reload', async () => {
    await signIn('haiguan');
    renderApp('/customs?review=filing.filing-ent-huafeng');
    const drawer = await screen.findByRole('dialog', { name: '企业备案申请 · 温州瓯海华丰鞋业有限公司' });
    expect(within(drawer).getByRole('button', { name: '提交审核结果' })).toBeInTheDocument();
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
      await screen.findByText(/^已审核：温州瓯海华丰鞋业有限公司 的企业备案申请审核不通过。/),
    ).toBeInTheDocument();

    const filing = await callApi('GET', '/filing', { token: await tokenFor('huafeng') });
    expect(filing.body.filing.current).toMatchObject({
      status: '审核不通过',
      opinion: '住所/地址与营业执照不一致，请核对后重新申报',
    });
  });

  it('reads the other tab once, from the click, and never shows the rows of one tab under the columns of the other', async () => {
    await signIn('haiguan');
    const app = renderApp('/customs');
    expect((await screen.findAllByRole('button', { name: /^审核 / })).length).toBeGreaterThan(0);
    // Answers take a network's time from here, as in a demo.
    setRuntime({ latency: 'realistic' });
    const reads: string[] = [];
    const listen = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/customs/applications') reads.push(url.searchParams.get('status') ?? '');
    };
    // Every change of the page while the tab changes: 已审核 chosen with a row still to 审核 is
    // the pending tab's rows under the decided tab's columns.
    const mixed: string[] = [];
    const watch = new MutationObserver(() => {
      const chosen = document.querySelector('[role="tab"][aria-selected="true"]')?.textContent;
      if (chosen === '已审核' && document.querySelector('button[aria-label^="审核 "]'))
        mixed.push(document.body.textContent ?? '');
    });
    server.events.on('request:start', listen);
    watch.observe(document.body, { subtree: true, childList: true, attributes: true });
    try {
      await app.user.click(screen.getByRole('tab', { name: '已审核' }));
      expect(reads).toEqual(['decided']);
      expect((await screen.findAllByRole('button', { name: /^查看 / })).length).toBeGreaterThan(0);
      expect(screen.getByRole('tab', { name: '已审核' })).toHaveAttribute('aria-selected', 'true');
      expect(mixed).toEqual([]);
      expect(reads).toEqual(['decided']);
    } finally {
      watch.disconnect();
      server.events.removeListener('request:start', listen);
    }
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
