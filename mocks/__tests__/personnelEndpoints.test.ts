// 授权人员 in the service: the list (latest changed first), a declared person not editable, the
// same 身份证号码 twice refused on its field, and documents that must be the enterprise's own
// uploads. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-personnel-endpoints`;
const ID_NUMBER = '330203199001011236';
const blank = { name: '', idNumber: '', mobile: '', powerOfAttorney: null, idCardCopy: null };

async function create(token: string, data: Record<string, unknown>, declare = false) {
  return callApi('POST', '/personnel', {
    token,
    idempotencyKey: key('create'),
    body: { version: 0, declare, data: { ...blank, ...data } },
  });
}

async function upload(token: string, name: string) {
  const { status, body } = await uploadBytes(token, pdfBytes(), name, key('upload'), 'personnel');
  expect(status).toBe(201);
  return body.file;
}

describe('授权人员 in the service', () => {
  it('lists the latest changed first', async () => {
    const token = await tokenFor('jinggong');
    const first = (await create(token, { name: '周一' })).body.person;
    await new Promise((resolve) => setTimeout(resolve, 3));
    const second = (await create(token, { name: '周二' })).body.person;
    const { personnel, total } = (await callApi('GET', '/personnel?pageSize=100', { token })).body;
    expect(personnel.slice(0, 2).map((p: { id: string }) => p.id)).toEqual([second.id, first.id]);
    expect(total).toBe(personnel.length);
    const updatedAt = personnel.map((p: { updatedAt: string }) => p.updatedAt);
    expect(updatedAt).toEqual([...updatedAt].sort().reverse());
  });

  it('the same 身份证号码 twice in one enterprise: 409 on the field; another enterprise may', async () => {
    const token = await tokenFor('jinggong');
    expect((await create(token, { name: '周立新', idNumber: ID_NUMBER })).status).toBe(201);
    const twice = await create(token, { name: '周立新', idNumber: ID_NUMBER });
    expect(twice.status).toBe(409);
    const message = '该身份证号码已登记为本企业的授权人员，不能重复添加。';
    expect(twice.body).toMatchObject({ code: 'CONFLICT', message });
    expect(twice.body.fieldErrors).toEqual([{ path: 'data.idNumber', message }]);
  });

  it('a declared person cannot be saved again until customs decides', async () => {
    const token = await tokenFor('jinggong');
    const data = {
      name: '周立新',
      idNumber: ID_NUMBER,
      mobile: '13912345678',
      powerOfAttorney: await upload(token, '授权书.pdf'),
      idCardCopy: await upload(token, '身份证.pdf'),
    };
    const declared = await create(token, data, true);
    expect(declared.status).toBe(201);
    const again = await callApi('PUT', `/personnel/${declared.body.person.id}`, {
      token,
      idempotencyKey: key('update'),
      body: { version: declared.body.person.version, declare: false, data: { ...data, name: '周立' } },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ILLEGAL_STATE');
  });

  it('a document that is not this enterprise’s own upload is refused on its field', async () => {
    const foreign = await upload(await tokenFor('huamao'), '授权书.pdf');
    const token = await tokenFor('jinggong');
    const answer = await create(token, { name: '周立新', powerOfAttorney: foreign });
    expect(answer.status).toBe(422);
    expect(answer.body.fieldErrors.map((e: { path: string }) => e.path)).toEqual(['data.powerOfAttorney']);
  });
});
