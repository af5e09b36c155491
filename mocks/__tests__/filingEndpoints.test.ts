// The mock service's write guarantees, on the filing endpoints: validation with the model's
// schemas, a version check in the same transaction as the write, idempotent submits, tenancy.
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';

const validFiling = {
  nameCn: '苏州工业园区新启电子科技有限公司',
  nameEn: 'Suzhou Xinqi Electronic Technology Co., Ltd.',
  uscc: '91320594MA25C8TK6U',
  customsCode: '3205960822',
  nature: '中外合资企业',
  enterpriseType: '生产型企业',
  legalRepresentative: '周启明',
  registeredProvince: '320000',
  address: '江苏省苏州市工业园区星湖街 328 号',
  contactName: '周立新',
  contactPhone: '13912345678',
  customsOfficeCode: '2327',
  // The new enterprise's documents, seeded as if it had uploaded them.
  attachments: {
    businessLicense: {
      id: '5eed0000-0000-4000-8000-000000000007',
      name: '营业执照.pdf',
      size: 1,
      type: 'application/pdf',
    },
    tradeRegistration: {
      id: '5eed0000-0000-4000-8000-000000000008',
      name: '登记表.pdf',
      size: 1,
      type: 'application/pdf',
    },
  },
};

describe('filing writes in the mock customs service', () => {
  it('saves a draft, then refuses a write based on a stale version with 409 and keeps the record', async () => {
    const token = await tokenFor('xinqi');
    const first = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'key-first-save',
      body: { version: 0, data: { ...validFiling, nameCn: '第一版' } },
    });
    expect(first.status).toBe(200);
    expect(first.body.filing.version).toBe(1);

    const second = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'key-second-save',
      body: { version: 1, data: { ...validFiling, nameCn: '第二版' } },
    });
    expect(second.body.filing.version).toBe(2);

    // A tab that still holds version 1 tries to save over it.
    const stale = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'key-stale-save',
      body: { version: 1, data: { ...validFiling, nameCn: '过期的修改' } },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.message).toContain('其他窗口');

    const after = await callApi('GET', '/filing', { token });
    expect(after.body.filing.version).toBe(2);
    expect(after.body.filing.current.data.nameCn).toBe('第二版');
  });

  it('answers a repeated idempotency key with the first answer and creates no second application', async () => {
    const token = await tokenFor('xinqi');
    const submit = () =>
      callApi('POST', '/filing/declare', {
        token,
        idempotencyKey: 'double-click-1',
        body: { version: 0, data: validFiling },
      });
    const [a, b] = await Promise.all([submit(), submit()]);
    const c = await submit();
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    expect(b.body).toEqual(a.body);
    expect(c.body).toEqual(a.body);

    const after = await callApi('GET', '/filing', { token });
    expect(after.body.filing.version).toBe(1);
    expect(after.body.filing.current.status).toBe('申报');
    expect(after.body.filing.history).toHaveLength(0);
  });

  it('refuses a submit without an idempotency key', async () => {
    const token = await tokenFor('xinqi');
    const response = await callApi('PUT', '/filing/draft', {
      token,
      body: { version: 0, data: validFiling },
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('Idempotency-Key');
  });

  it('validates a declaration with the model schema and names the field in Chinese', async () => {
    const token = await tokenFor('xinqi');
    const response = await callApi('POST', '/filing/declare', {
      token,
      idempotencyKey: 'declare-bad-uscc',
      body: { version: 0, data: { ...validFiling, uscc: '91320594MA25C8TK6X' } },
    });
    expect(response.status).toBe(422);
    expect(response.body.message).toContain('统一社会信用代码');
    expect(response.body.fieldErrors).toEqual([
      { path: 'data.uscc', message: '统一社会信用代码校验位不正确，请核对后重新输入' },
    ]);
    const after = await callApi('GET', '/filing', { token });
    expect(after.body.filing).toBeNull();
  });

  it('refuses wrong types and oversized drafts with a clear message', async () => {
    const token = await tokenFor('xinqi');
    const wrongType = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'draft-wrong-type',
      body: { version: 0, data: { ...validFiling, nameCn: 42 } },
    });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.fieldErrors[0].path).toBe('data.nameCn');
    expect(wrongType.body.message).toMatch(/^企业中文名称：/);

    const huge = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'draft-huge',
      body: { version: 0, data: { ...validFiling, address: '路'.repeat(10_000) } },
    });
    expect(huge.status).toBe(422);
    expect(huge.body.message).toContain('住所/地址不能超过200个字符');
  });

  it('keeps each enterprise to its own filing and refuses customs sessions on enterprise endpoints', async () => {
    const jinggong = await callApi('GET', '/filing', { token: await tokenFor('jinggong') });
    const huamao = await callApi('GET', '/filing', { token: await tokenFor('huamao') });
    expect(jinggong.body.filing.enterpriseId).toBe('ent-jinggong');
    expect(huamao.body.filing.enterpriseId).toBe('ent-huamao');

    const customs = await callApi('GET', '/filing', { token: await tokenFor('haiguan') });
    expect(customs.status).toBe(403);
    const anonymous = await callApi('GET', '/filing');
    expect(anonymous.status).toBe(401);
  });

  it('refuses to change an approved filing directly (a change application is needed)', async () => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/filing', { token });
    const response = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'approved-edit',
      body: { version: body.filing.version, data: validFiling },
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('ILLEGAL_STATE');
    expect(response.body.message).toContain('备案变更');
  });
});
