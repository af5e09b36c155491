// The verification response under trouble: a network error, a 500, a response that never comes
// (cancel, then retry), a double submit, and another tab answering first. Every typed value and
// attached file survives, the user is told in Chinese, and exactly one response results.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setRuntime } from '@mocks/runtime';
import { configureApiClient } from '@/lib/api/client';
import { callApi, tokenFor } from '@/test/callApi';
import { fileOf, pdfBytes } from '@/test/files';
import { renderApp, signIn } from '@/test/renderApp';

const RECORD = 'vr-jinggong-spindle';

async function readyToSubmit() {
  await signIn('jinggong');
  const app = renderApp(`/verifications/${RECORD}/respond`);
  await screen.findByRole('heading', { name: '处理核查记录单' }, { timeout: 5_000 });
  await app.user.upload(
    screen.getByLabelText('生产工艺流程说明（必须上传）'),
    fileOf(pdfBytes(), '工艺流程.pdf'),
  );
  await app.user.upload(
    screen.getByLabelText('原材料采购凭证清单（必须上传）'),
    fileOf(pdfBytes(), '采购清单.pdf'),
  );
  await screen.findByRole('button', { name: /下载 采购清单\.pdf/ });
  await app.user.click(screen.getByLabelText('回复说明'));
  await app.user.paste('合金钢棒自日本进口，附采购凭证清单。');
  return app;
}

const kept = () => {
  expect(screen.getByLabelText('回复说明')).toHaveValue('合金钢棒自日本进口，附采购凭证清单。');
  expect(screen.getByRole('button', { name: /下载 工艺流程\.pdf/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /下载 采购清单\.pdf/ })).toBeInTheDocument();
};

async function responsesStored() {
  const { body } = await callApi('GET', `/verifications/${RECORD}`, { token: await tokenFor('jinggong') });
  return body.verification.responses.length as number;
}

describe('verification response resilience', () => {
  it.each([
    ['network', /无法连接海关服务/],
    ['server-error', /海关服务内部错误（500）/],
  ] as const)(
    '%s: says so, keeps everything, and a retry makes exactly one response',
    async (fault, said) => {
      const { user } = await readyToSubmit();
      setRuntime({ fault });
      await user.click(screen.getByRole('button', { name: '提交回复' }));
      expect(await screen.findByText(said)).toBeInTheDocument();
      kept();
      setRuntime({ fault: 'none' });
      await user.click(screen.getByRole('button', { name: '提交回复' }));
      expect(await screen.findByText('已提交回复，请等待海关处理。')).toBeInTheDocument();
      expect(await responsesStored()).toBe(1);
    },
  );

  it('never answers: times out, can be cancelled, and a retry makes exactly one response', async () => {
    configureApiClient({ timeoutMs: 300 });
    const { user } = await readyToSubmit();
    setRuntime({ fault: 'hang' });
    await user.click(screen.getByRole('button', { name: '提交回复' }));
    expect(await screen.findByText(/海关服务超过 \d+ 秒未响应，请求已停止/)).toBeInTheDocument();
    kept();
    configureApiClient({ timeoutMs: 30_000 });
    await user.click(screen.getByRole('button', { name: '提交回复' }));
    await user.click(await screen.findByRole('button', { name: '取消' }, { timeout: 3_000 }));
    expect(await screen.findByText(/请求已取消/)).toBeInTheDocument();
    kept();
    setRuntime({ fault: 'none' });
    await user.click(screen.getByRole('button', { name: '提交回复' }));
    expect(await screen.findByText('已提交回复，请等待海关处理。')).toBeInTheDocument();
    expect(await responsesStored()).toBe(1);
  });

  it('a double submit makes one response', async () => {
    const { user } = await readyToSubmit();
    const submit = screen.getByRole('button', { name: '提交回复' });
    await user.dblClick(submit);
    expect(await screen.findByText('已提交回复，请等待海关处理。')).toBeInTheDocument();
    await waitFor(async () => expect(await responsesStored()).toBe(1));
  });

  it('another tab answered first: a conflict, not a second response, and nothing typed is lost', async () => {
    const { user } = await readyToSubmit();
    const token = await tokenFor('jinggong');
    const upload = async (name: string) =>
      (
        await fetch(new URL('/api/files?purpose=verification', window.location.origin), {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/octet-stream',
            'X-File-Name': encodeURIComponent(name),
            'Idempotency-Key': `other-tab-${name.length}-upload`,
          },
          body: pdfBytes(),
        }).then((r) => r.json())
      ).file;
    const other = await callApi('POST', `/verifications/${RECORD}/response`, {
      token,
      idempotencyKey: 'other-tab-response',
      body: {
        version: 1,
        reply: '另一个窗口的回复',
        attachments: [
          { document: 'processFlow', file: await upload('a.pdf') },
          { document: 'purchaseList', file: await upload('bb.pdf') },
        ],
      },
    });
    expect(other.status).toBe(200);
    await user.click(screen.getByRole('button', { name: '提交回复' }));
    expect(await screen.findByText(/该记录已在其他窗口或由其他人修改/)).toBeInTheDocument();
    expect(screen.getByText('该核查记录单已在其他窗口或由海关处理，当前状态为“已回复”')).toBeInTheDocument();
    kept();
    expect(await responsesStored()).toBe(1);
  });
});
