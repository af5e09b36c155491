// 核查互动 through the UI against the mock service: VR1 (who may be processed), VR2 (every ticked
// document attached before submitting), file checks, a failed upload losing nothing, notices.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setRuntime } from '@mocks/http/runtime';
import { callApi } from '@/test/callApi';
import { fileOf, pdfBytes, zipBytes } from '@/test/files';
import { renderApp, signIn } from '@/test/renderApp';
import { transact } from '../../../../mocks/store/transactions';

const FLOW = '生产工艺流程说明（必须上传）';
const LIST = '原材料采购凭证清单（必须上传）';

async function openResponse() {
  const token = await signIn('jinggong');
  const app = renderApp('/verifications/vr-jinggong-spindle/respond');
  await screen.findByRole('heading', { level: 2, name: /^核查记录单 / }, { timeout: 5_000 });
  return { ...app, token };
}

async function typeReply(user: ReturnType<typeof renderApp>['user'], text: string) {
  await user.click(screen.getByLabelText('回复说明'));
  await user.paste(text);
}

describe('核查互动', () => {
  it('announces records awaiting the enterprise on the home page and in the navigation', async () => {
    await signIn('jinggong');
    renderApp('/');
    const notices = await screen.findByRole('list', { name: '待处理的核查记录单' }, { timeout: 5_000 });
    expect(notices).toHaveTextContent('产品预审：数控机床主轴（HS 84669310）');
    expect(notices).toHaveTextContent('待核查');
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByText('（1 条待处理的核查记录单）')).toBeInTheDocument();
  });

  it('lists records with deadlines, filters by state, and offers 处理 only on 待核查 and 退回核查 (VR1)', async () => {
    await signIn('jinggong');
    const { user } = renderApp('/verifications');
    const pending = (
      await screen.findByText('产品预审：数控机床主轴（HS 84669310）', {}, { timeout: 5_000 })
    ).closest('tr') as HTMLElement;
    expect(within(pending).getByRole('button', { name: /^处理 HC/ })).toBeInTheDocument();
    expect(pending).toHaveTextContent(/剩 1[12] 天/);
    const done = screen.getByText('产品预审：液压油缸（HS 84122100）').closest('tr') as HTMLElement;
    expect(within(done).queryByRole('button', { name: /处理/ })).not.toBeInTheDocument();
    expect(done).toHaveTextContent('核查完成');

    await user.click(screen.getByLabelText('状态'));
    await user.click(await screen.findByTitle('核查完成'));
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() =>
      expect(screen.queryByText('产品预审：数控机床主轴（HS 84669310）')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('产品预审：液压油缸（HS 84122100）')).toBeInTheDocument();
  });

  it('marks a record past its deadline 已逾期, in the list and on the home page', async () => {
    await transact(['verifications'], ['verifications'], async (tx) => {
      const store = tx.objectStore('verifications');
      const seeded = await store.get('vr-jinggong-spindle');
      if (!seeded) throw new Error('the seeded verification is missing');
      await store.put({ ...seeded, id: 'vr-overdue', number: 'HC202610010009', deadline: '2026-10-15' });
    });
    await signIn('jinggong');
    const home = renderApp('/');
    const notices = await screen.findByRole('list', { name: '待处理的核查记录单' }, { timeout: 5_000 });
    expect(within(notices).getByText('HC202610010009').closest('li')).toHaveTextContent('已逾期');
    home.unmount();
    renderApp('/verifications');
    const row = (await screen.findByText('HC202610010009')).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('2026-10-15 已逾期');
    const body = screen.getByText('HC202610010009').closest('tbody') as HTMLElement;
    expect(within(body).getAllByRole('row')[0]).toBe(row); // soonest first
  });

  it('VR1: a completed record shows why it cannot be processed, even at the 处理 address', async () => {
    await signIn('jinggong');
    const first = renderApp('/verifications/vr-jinggong-cylinder');
    expect(
      await screen.findByText(
        '状态为“核查完成”的核查记录单不能处理，只有待核查或退回核查的可以处理。',
        {},
        { timeout: 5_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '处理' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /下载 密封件采购发票（江苏）\.pdf/ })).toBeInTheDocument();
    first.unmount();
    renderApp('/verifications/vr-jinggong-cylinder/respond');
    expect(await screen.findByText('不能处理该核查记录单')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交回复' })).not.toBeInTheDocument();
  });

  it('VR2: will not submit until every required document has a file, saying which, on each field', async () => {
    const { user, token } = await openResponse();
    await typeReply(user, '资料见附件');
    await user.click(screen.getByRole('button', { name: '提交回复' }));
    expect(
      await screen.findByText('请上传“生产工艺流程说明”：核查记录单勾选的电子资料必须上传'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('请上传“原材料采购凭证清单”：核查记录单勾选的电子资料必须上传'),
    ).toBeInTheDocument();
    expect(screen.getByText('还需上传 2 项必须上传的电子资料后才能提交')).toBeInTheDocument();
    // The file input is hidden by antd's Upload: its button, which a browser can focus, takes it.
    expect(screen.getByRole('button', { name: `选择文件：${FLOW}` })).toHaveFocus();
    const record = await callApi('GET', '/verifications/vr-jinggong-spindle', { token });
    expect(record.body.verification).toMatchObject({ state: '待核查', responses: [] });

    await user.upload(screen.getByLabelText(FLOW), fileOf(pdfBytes(), '工艺流程.pdf'));
    await user.upload(screen.getByLabelText(LIST), fileOf(pdfBytes(), '采购凭证清单.pdf'));
    await user.upload(screen.getByLabelText('其他附件'), fileOf(pdfBytes(), '补充说明.pdf'));
    expect(await screen.findByRole('button', { name: /下载 补充说明\.pdf/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/还需上传/)).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: '提交回复' }));
    expect(await screen.findByText('已提交回复，请等待海关处理。')).toBeInTheDocument();
    expect(await screen.findByText('第 1 次回复')).toBeInTheDocument();
    const after = (await callApi('GET', '/verifications/vr-jinggong-spindle', { token })).body.verification;
    expect(after.state).toBe('已回复');
    expect(after.responses[0].attachments.map((a: { document: string }) => a.document)).toEqual([
      'processFlow',
      'purchaseList',
      'other',
    ]);
  });

  it('refuses a non-PDF renamed .pdf and a file over the stated 2 MB limit, before uploading', async () => {
    const { user } = await openResponse();
    await user.upload(screen.getByLabelText(FLOW), fileOf(zipBytes(), '工艺流程.pdf'));
    expect(await screen.findByText(/不是 PDF、JPG 或 PNG 文件（按文件内容识别/)).toBeInTheDocument();
    await user.upload(screen.getByLabelText(FLOW), fileOf(pdfBytes(2 * 1024 * 1024 + 1), '扫描件.pdf'));
    expect(await screen.findByText(/超过 2 MB 的限制/)).toBeInTheDocument();
    expect(screen.getAllByText('PDF、JPG 或 PNG 文件，每个不超过 2 MB，最多 5 个。').length).toBeGreaterThan(
      0,
    );
    expect(screen.queryByRole('button', { name: /下载 / })).not.toBeInTheDocument();
  });

  it('takes at most 5 files for a document and names the ones it left out', async () => {
    const { user } = await openResponse();
    const files = ['1', '2', '3', '4', '5', '6'].map((n) => fileOf(pdfBytes(), `发票${n}.pdf`));
    await user.upload(screen.getByLabelText('其他附件'), files);
    expect(await screen.findByText('最多 5 个文件，未添加：发票6.pdf')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^下载 发票\d\.pdf/ })).toHaveLength(5);
    expect(screen.getByRole('button', { name: '继续添加：其他附件' })).toBeDisabled();
  });

  it('keeps the other attachments and the reply when an upload fails with 500', async () => {
    const { user } = await openResponse();
    await typeReply(user, '主轴采用日本进口合金钢棒');
    await user.upload(screen.getByLabelText(FLOW), fileOf(pdfBytes(), '工艺流程.pdf'));
    expect(await screen.findByRole('button', { name: /下载 工艺流程\.pdf/ })).toBeInTheDocument();
    setRuntime({ fault: 'server-error' });
    await user.upload(screen.getByLabelText(LIST), fileOf(pdfBytes(), '采购凭证清单.pdf'));
    expect(await screen.findByText(/上传未完成：海关服务内部错误（500）/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /下载 工艺流程\.pdf/ })).toBeInTheDocument();
    expect(screen.getByLabelText('回复说明')).toHaveValue('主轴采用日本进口合金钢棒');
    setRuntime({ fault: 'none' });
    await user.upload(screen.getByLabelText(LIST), fileOf(pdfBytes(), '采购凭证清单.pdf'));
    expect(await screen.findByRole('button', { name: /下载 采购凭证清单\.pdf/ })).toBeInTheDocument();
  });
});
