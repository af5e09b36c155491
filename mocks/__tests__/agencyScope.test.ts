// An agency (代录入企业) acts within the scope the enterprise granted on every endpoint, file
// downloads and uploads included; each kind of document belongs to the function it serves. An
// enterprise without an approved filing cannot upload verification documents (FR2).
import { describe, expect, it } from 'vitest';
import type { AgencyData } from '@/contract/agency';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';
import { transact } from '../store/transactions';

const BUSINESS_LICENCE = '5eed0000-0000-4000-8000-000000000001'; // 宁波海曙精工's filing document
const PERSONNEL_ID_CARD = '5eed0000-0000-4000-8000-000000000011';
const POWER_OF_ATTORNEY = '5eed0000-0000-4000-8000-000000000021';
const VERIFICATION_DOCUMENT = '5eed0000-0000-4000-8000-000000000031';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-scope`;

/** 宁波海曙精工 narrows (or widens) what 深圳前海通关 may do for it, as an edit would. */
async function grantScope(scope: AgencyData['scope']): Promise<void> {
  await transact(['agencies'], ['agencies'], async (tx) => {
    const store = tx.objectStore('agencies');
    const agency = await store.get('agency-jinggong-tongguan');
    if (!agency) throw new Error('the seeded authorisation is missing');
    await store.put({ ...agency, version: agency.version + 1, data: { ...agency.data, scope } });
  });
}

/** 深圳前海通关, acting for 宁波海曙精工. */
async function agencyToken(): Promise<string> {
  const token = await tokenFor('tongguan');
  const acting = await callApi('POST', '/auth/act-as', { token, body: { enterpriseId: 'ent-jinggong' } });
  expect(acting.status).toBe(200);
  return token;
}

const download = (token: string, id: string) => callApi('GET', `/files/${id}`, { token });

describe('an agency within its scope (F2)', () => {
  it('with 受理情况查询 only: no filing, no documents, no uploads — the gate and the query still answer', async () => {
    await grantScope(['acceptance']);
    const token = await agencyToken();

    for (const path of ['/filing', '/filing/applications/fa-jinggong-1']) {
      const read = await callApi('GET', path, { token });
      expect(read.status, path).toBe(403);
      expect(read.body.message).toContain('不在委托企业授予本代录入企业的授权范围内');
      expect(JSON.stringify(read.body)).not.toContain('3107A19000187');
    }
    for (const id of [BUSINESS_LICENCE, PERSONNEL_ID_CARD, POWER_OF_ATTORNEY, VERIFICATION_DOCUMENT]) {
      const file = await download(token, id);
      expect(file.status, id).toBe(403);
    }
    for (const purpose of ['filing', 'personnel', 'agency', 'verification']) {
      const upload = await uploadBytes(token, pdfBytes(), '授权外.pdf', key(purpose), purpose);
      expect(upload.status, purpose).toBe(403);
    }

    const standing = await callApi('GET', '/filing/standing', { token });
    expect(standing.status).toBe(200);
    expect(standing.body.standing).toEqual({
      filingApproved: true,
      changeDeclared: false,
      enterpriseType: '生产型企业',
      // The 备案号 every document of the enterprise carries; not the filing's contents.
      filingNo: '3107A19000187',
    });
    expect((await callApi('GET', '/acceptance', { token })).status).toBe(200);
  });

  it('with 备案变更: reads the filing and its documents and uploads new ones, but not personnel files', async () => {
    await grantScope(['filingChange']);
    const token = await agencyToken();
    expect((await callApi('GET', '/filing', { token })).status).toBe(200);
    expect((await download(token, BUSINESS_LICENCE)).status).toBe(200);
    expect((await uploadBytes(token, pdfBytes(), '新营业执照.pdf', key('licence'), 'filing')).status).toBe(
      201,
    );

    expect((await download(token, PERSONNEL_ID_CARD)).status).toBe(403);
    expect((await download(token, VERIFICATION_DOCUMENT)).status).toBe(403);
    expect((await uploadBytes(token, pdfBytes(), '身份证.pdf', key('id'), 'personnel')).status).toBe(403);
  });

  it('with 核查互动: verification documents, both ways', async () => {
    await grantScope(['verification']);
    const token = await agencyToken();
    expect((await download(token, VERIFICATION_DOCUMENT)).status).toBe(200);
    expect((await uploadBytes(token, pdfBytes(), '工艺流程.pdf', key('flow'), 'verification')).status).toBe(
      201,
    );
    expect((await download(token, BUSINESS_LICENCE)).status).toBe(403);
  });

  it('the enterprise itself still reads every one of its own documents', async () => {
    const token = await tokenFor('jinggong');
    for (const id of [BUSINESS_LICENCE, PERSONNEL_ID_CARD, POWER_OF_ATTORNEY, VERIFICATION_DOCUMENT])
      expect((await download(token, id)).status, id).toBe(200);
  });
});

describe('uploads serve a function the enterprise may use (FR2)', () => {
  it('an enterprise without an approved filing cannot upload verification documents, but can upload its filing’s', async () => {
    const token = await tokenFor('xinqi');
    const refused = await uploadBytes(token, pdfBytes(), '工艺流程.pdf', key('xinqi-flow'), 'verification');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('企业备案审核通过后');
    const filing = await uploadBytes(token, pdfBytes(), '营业执照.pdf', key('xinqi-licence'), 'filing');
    expect(filing.status).toBe(201);
  });
});
