// An idempotency key is bound to the whole request: method, path, query string and body. A
// repeat gets the first answer; the same key with other content is 422 in Chinese, and that
// other content is not stored either.
import { describe, expect, it } from 'vitest';
import { xinqiDraftData } from '@mocks/seed/filings';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';

const draft = (nameCn: string) => ({ version: 0, data: { ...xinqiDraftData, nameCn } });

describe('idempotency keys', () => {
  it('the same key and the same request: the first answer, one application', async () => {
    const token = await tokenFor('xinqi');
    const first = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'same-request-1',
      body: draft('新启'),
    });
    const again = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'same-request-1',
      body: draft('新启'),
    });
    expect(again).toEqual(first);
  });

  it('the same key with another body: 422, and the second content is not stored', async () => {
    const token = await tokenFor('xinqi');
    const first = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'reused-key-01',
      body: draft('第一次'),
    });
    expect(first.status).toBe(200);
    const second = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'reused-key-01',
      body: { version: first.body.filing.version, data: { ...xinqiDraftData, nameCn: '第二次' } },
    });
    expect(second.status).toBe(422);
    expect(second.body.code).toBe('IDEMPOTENCY_MISMATCH');
    expect(second.body.message).toContain('内容不同');
    const filing = await callApi('GET', '/filing', { token });
    expect(filing.body.filing.current.data.nameCn).toBe('第一次');
  });

  it('the same key with another query string or file name: 422', async () => {
    const token = await tokenFor('jinggong');
    expect((await uploadBytes(token, pdfBytes(), '营业执照.pdf', 'upload-key-01', 'filing')).status).toBe(
      201,
    );
    const otherQuery = await uploadBytes(token, pdfBytes(), '营业执照.pdf', 'upload-key-01', 'personnel');
    expect(otherQuery.status).toBe(422);
    const otherName = await uploadBytes(token, pdfBytes(), '另一个.pdf', 'upload-key-01', 'filing');
    expect(otherName.status).toBe(422);
    const otherBytes = await uploadBytes(token, pdfBytes(65), '营业执照.pdf', 'upload-key-01', 'filing');
    expect(otherBytes.status).toBe(422);
  });

  it('the same key on another path: 422', async () => {
    const token = await tokenFor('xinqi');
    await callApi('PUT', '/filing/draft', { token, idempotencyKey: 'path-key-001', body: draft('新启') });
    const declare = await callApi('POST', '/filing/declare', {
      token,
      idempotencyKey: 'path-key-001',
      body: draft('新启'),
    });
    expect(declare.status).toBe(422);
    expect(declare.body.code).toBe('IDEMPOTENCY_MISMATCH');
  });
});
