// Uploads and downloads in the mock service: content checked again, size limited, names kept
// apart from storage, other enterprises' files out of reach.
import { describe, expect, it } from 'vitest';
import { FILE_NAME_HEADER, IDEMPOTENCY_HEADER } from '@/contract/http';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes as upload, zipBytes } from '@/test/files';

describe('documents in the mock customs service', () => {
  it('stores an upload under a generated id and gives back the same bytes under the original name', async () => {
    const token = await tokenFor('xinqi');
    const bytes = pdfBytes(300);
    const { status, body } = await upload(token, bytes, '<script>alert(1)</script>营业执照.pdf', 'upload-1');
    expect(status).toBe(201);
    expect(body.file).toMatchObject({
      name: '<script>alert(1)</script>营业执照.pdf',
      size: 300,
      type: 'application/pdf',
    });
    expect(body.file.id).toMatch(/^[0-9a-f-]{36}$/);

    const download = await fetch(new URL(`/api/files/${body.file.id}`, window.location.origin), {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(download.headers.get('Content-Type')).toBe('application/pdf');
    expect(download.headers.get('Content-Disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('<script>alert(1)</script>营业执照.pdf')}`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    // Served as what it was sniffed to be, never as what a browser might guess.
    expect(download.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('a customs officer reads any enterprise’s document; another enterprise finds none, said', async () => {
    const owner = await tokenFor('jinggong');
    const { body } = await upload(owner, pdfBytes(), '工艺流程.pdf', 'upload-for-customs', 'verification');
    const customs = await callApi('GET', `/files/${body.file.id}`, { token: await tokenFor('haiguan') });
    expect(customs.status).toBe(200);
    const stranger = await callApi('GET', `/files/${body.file.id}`, { token: await tokenFor('huamao') });
    expect(stranger.status).toBe(404);
    expect(stranger.body.message).toBe('没有找到该文件。');
  });

  it('a file name whose percent-encoding is broken: 400, said, nothing stored', async () => {
    const token = await tokenFor('jinggong');
    const response = await fetch(new URL('/api/files?purpose=verification', window.location.origin), {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/octet-stream',
        [FILE_NAME_HEADER]: '%E0%A4%A',
        [IDEMPOTENCY_HEADER]: 'upload-broken-name',
      },
      body: pdfBytes(),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe('文件名编码无效，请重命名文件后重试。');
  });

  it('refuses another file renamed to .pdf, judging by content', async () => {
    const { status, body } = await upload(await tokenFor('xinqi'), zipBytes(), '营业执照.pdf', 'upload-zip');
    expect(status).toBe(422);
    expect(body.message).toContain('不是 PDF、JPG 或 PNG 文件');
  });

  it('refuses a file over the limit, naming the limit', async () => {
    const { status, body } = await upload(
      await tokenFor('xinqi'),
      pdfBytes(200 * 1024 + 1),
      '大文件.pdf',
      'upload-big',
    );
    expect(status).toBe(422);
    expect(body.message).toContain('超过 200 KB 的限制');
  });

  it('keeps one enterprise’s files from another, in download and in a declaration', async () => {
    const owner = await tokenFor('xinqi');
    const { body } = await upload(owner, pdfBytes(), '营业执照.pdf', 'upload-owned');
    const stranger = await tokenFor('jinggong');
    const download = await callApi('GET', `/files/${body.file.id}`, { token: stranger });
    expect(download.status).toBe(404);

    const huafeng = await tokenFor('huafeng');
    const filing = await callApi('GET', '/filing', { token: huafeng });
    await callApi('POST', '/filing/withdraw', {
      token: huafeng,
      idempotencyKey: 'withdraw-for-theft',
      body: { version: 1 },
    });
    const theft = await callApi('PUT', '/filing/draft', {
      token: huafeng,
      idempotencyKey: 'draft-with-stolen-file',
      body: {
        version: 2,
        data: {
          ...filing.body.filing.current.data,
          attachments: { businessLicense: body.file, tradeRegistration: null },
        },
      },
    });
    expect(theft.status).toBe(422);
    expect(theft.body.fieldErrors).toEqual([
      { path: 'data.attachments.businessLicense', message: '营业执照文件不存在或不属于本企业，请重新上传。' },
    ]);
  });

  it('refuses a declaration without its documents, naming each', async () => {
    const token = await tokenFor('huafeng');
    const filing = await callApi('GET', '/filing', { token });
    await callApi('POST', '/filing/withdraw', { token, idempotencyKey: 'withdraw-1', body: { version: 1 } });
    const declared = await callApi('POST', '/filing/declare', {
      token,
      idempotencyKey: 'declare-without-documents',
      body: {
        version: 2,
        data: {
          ...filing.body.filing.current.data,
          attachments: { businessLicense: null, tradeRegistration: null },
        },
      },
    });
    expect(declared.status).toBe(422);
    expect(declared.body.fieldErrors).toEqual([
      { path: 'data.attachments.businessLicense', message: '请上传营业执照' },
      { path: 'data.attachments.tradeRegistration', message: '请上传对外贸易经营者备案登记表' },
    ]);
  });
});
