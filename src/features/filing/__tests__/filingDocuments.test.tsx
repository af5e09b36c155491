// The filing form's documents through the UI: checked by content and size before upload, a
// failed upload keeps everything typed, and a complete filing with both documents declares.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UserEvent } from '@testing-library/user-event';
import { setRuntime } from '@mocks/http/runtime';
import { callApi } from '@/test/callApi';
import { fileOf, pdfBytes, zipBytes } from '@/test/files';
import { renderApp, signIn } from '@/test/renderApp';
import { choose, fill, declareAndConfirm } from '@/test/userActions';

async function fillFiling(user: UserEvent) {
  await fill(user, '企业中文名称', '苏州工业园区新启电子科技有限公司');
  await fill(user, '企业英文名称', 'Suzhou Xinqi Electronic Technology Co., Ltd.');
  await fill(user, '统一社会信用代码', '91320594MA25C8TK6U');
  await fill(user, '海关编码', '3205960822');
  await choose(user, '企业性质', '中外合资企业');
  await choose(user, '企业类型', '生产型企业');
  await fill(user, '法定代表人', '周启明');
  await choose(user, '工商注册地', '江苏省');
  await fill(user, '住所/地址', '江苏省苏州市工业园区星湖街 328 号');
  await fill(user, '联系人', '周立新');
  await fill(user, '联系电话', '13912345678');
  await choose(user, '备案海关', '苏州工业园区海关（2327）');
}

describe('申报 when the service fails', () => {
  it.each([
    ['network', /无法连接海关服务/],
    ['server-error', /海关服务内部错误（500）/],
  ] as const)(
    'keeps every typed field and document after a %s failure, then declares once',
    async (fault, shown) => {
      const token = await signIn('xinqi');
      const { user } = renderApp('/filing');
      await fillFiling(user);
      await user.upload(screen.getByLabelText('营业执照'), fileOf(pdfBytes(), '营业执照.pdf'));
      await user.upload(screen.getByLabelText('对外贸易经营者备案登记表'), fileOf(pdfBytes(), '登记表.pdf'));
      await screen.findByRole('button', { name: /下载 登记表\.pdf/ });

      setRuntime({ fault });
      await declareAndConfirm(user);
      expect(await screen.findByText(shown)).toBeInTheDocument();
      expect(screen.getByText('申报未完成')).toBeInTheDocument();
      expect(screen.getByLabelText('住所/地址')).toHaveValue('江苏省苏州市工业园区星湖街 328 号');
      expect(screen.getByLabelText('联系电话')).toHaveValue('13912345678');
      expect(screen.getByRole('button', { name: /下载 营业执照\.pdf/ })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: /下载 登记表\.pdf/ })).toBeInTheDocument();

      setRuntime({ fault: 'none' });
      await declareAndConfirm(user);
      expect(await screen.findByText('已申报，请等待海关审核。')).toBeInTheDocument();
      const { body } = await callApi('GET', '/filing', { token });
      expect(body.filing.version).toBe(1);
      expect(body.filing.history).toEqual([]);
    },
  );
});

describe('企业备案 documents', () => {
  it('refuses a file that is not a PDF/JPG/PNG though named .pdf, and one over 200 KB, before uploading', async () => {
    await signIn('xinqi');
    const { user } = renderApp('/filing');
    await user.upload(await screen.findByLabelText('营业执照'), fileOf(zipBytes(), '营业执照.pdf'));
    expect(await screen.findByText(/不是 PDF、JPG 或 PNG 文件（按文件内容识别/)).toBeInTheDocument();

    await user.upload(screen.getByLabelText('营业执照'), fileOf(pdfBytes(200 * 1024 + 10), '大文件.pdf'));
    expect(await screen.findByText(/超过 200 KB 的限制/)).toBeInTheDocument();
    expect(screen.getAllByText('PDF、JPG 或 PNG 文件，不超过 200 KB。')).toHaveLength(2);
  });

  it('keeps the typed values and the other document when an upload fails with 500', async () => {
    await signIn('xinqi');
    const { user } = renderApp('/filing');
    await fill(user, '联系人', '周立新');
    await user.upload(await screen.findByLabelText('营业执照'), fileOf(pdfBytes(), '营业执照.pdf'));
    expect(await screen.findByRole('button', { name: /下载 营业执照\.pdf/ })).toBeInTheDocument();

    setRuntime({ fault: 'server-error' });
    await user.upload(screen.getByLabelText('对外贸易经营者备案登记表'), fileOf(pdfBytes(), '登记表.pdf'));
    expect(await screen.findByText(/上传未完成：海关服务内部错误（500）/)).toBeInTheDocument();
    expect(screen.getByLabelText('联系人')).toHaveValue('周立新');
    expect(screen.getByRole('button', { name: /下载 营业执照\.pdf/ })).toBeInTheDocument();
  });

  it('asks for both documents on 申报, then declares a complete filing', async () => {
    const token = await signIn('xinqi');
    const { user } = renderApp('/filing');
    await fillFiling(user);
    await user.click(screen.getByRole('button', { name: '申报' }));
    expect(await screen.findByText('请上传营业执照')).toBeInTheDocument();
    expect(screen.getByText('请上传对外贸易经营者备案登记表')).toBeInTheDocument();

    await user.upload(screen.getByLabelText('营业执照'), fileOf(pdfBytes(), '营业执照.pdf'));
    await user.upload(screen.getByLabelText('对外贸易经营者备案登记表'), fileOf(pdfBytes(), '登记表.pdf'));
    await screen.findByRole('button', { name: /下载 登记表\.pdf/ });
    await declareAndConfirm(user);
    expect(await screen.findByText('已申报，请等待海关审核。')).toBeInTheDocument();

    const { body } = await callApi('GET', '/filing', { token });
    expect(body.filing.current.status).toBe('申报');
    expect(body.filing.current.data.attachments.tradeRegistration.name).toBe('登记表.pdf');
    const status = screen.getByRole('region', { name: '备案状态' });
    expect(within(status).getByText('审核中')).toBeInTheDocument();
    expect(within(status).getByRole('region', { name: '办理情况' })).toHaveTextContent(
      '企业备案申请已申报，海关审核中',
    );
  });
});
