// 代录入企业 in the service (F2): an authorisation added, edited (its 变更记录 naming what changed)
// and revoked, newest first; a revoked one is final; the agency's side (its principals and
// acting for one) only for an agency account and only where an authorisation is in force. Written
// for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';

const SEEDED = 'agency-jinggong-tongguan';
let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-agency-writes`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function newAgencyData(token: string) {
  const upload = await uploadBytes(token, pdfBytes(), '委托书.pdf', key('letter'), 'agency');
  expect(upload.status).toBe(201);
  return {
    nameCn: '宁波港通报关有限公司',
    uscc: '91310115MA1K4B7N00', // 上海浦东华贸's: any valid code but the enterprise's own
    customsCode: '3102980123',
    contactName: '孙悦',
    contactPhone: '0574-87001234',
    scope: ['preReview'],
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    powerOfAttorney: upload.body.file,
  };
}

describe('an enterprise’s authorisations', () => {
  it('an edit records what changed; a new one comes first; a revoke is recorded and final', async () => {
    const token = await tokenFor('jinggong');
    const seeded = (await callApi('GET', '/agencies', { token })).body.agencies[0];
    expect(seeded).toMatchObject({ id: SEEDED, version: 1, status: '有效' });

    const edited = await callApi('PUT', `/agencies/${SEEDED}`, {
      token,
      idempotencyKey: key('edit'),
      body: { version: 1, data: { ...seeded.data, contactName: '李明' } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.agency).toMatchObject({ version: 2, status: '有效', revokedAt: null });
    expect(edited.body.agency.data.powerOfAttorney.id).toBe(seeded.data.powerOfAttorney.id);
    expect(edited.body.agency.history).toEqual([
      {
        at: expect.any(String),
        by: '陈晓峰',
        action: '修改',
        changes: [{ label: '联系人', before: '黄嘉怡', after: '李明' }],
      },
      seeded.history[0],
    ]);

    await tick();
    const created = await callApi('POST', '/agencies', {
      token,
      idempotencyKey: key('create'),
      body: { version: 0, data: await newAgencyData(token) },
    });
    expect(created.status).toBe(201);
    expect(created.body.agency).toMatchObject({ version: 1, status: '有效', revokedAt: null });
    expect(created.body.agency.history).toEqual([
      { at: expect.any(String), by: '陈晓峰', action: '新增', changes: [] },
    ]);
    const listed = (await callApi('GET', '/agencies', { token })).body;
    expect(listed.total).toBe(2);
    expect(listed.agencies.map((a: { id: string }) => a.id)).toEqual([created.body.agency.id, SEEDED]);

    const revoked = await callApi('POST', `/agencies/${SEEDED}/revoke`, {
      token,
      idempotencyKey: key('revoke'),
      body: { version: 2 },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.agency).toMatchObject({
      version: 3,
      status: '已撤销',
      revokedAt: expect.any(String),
    });
    expect(revoked.body.agency.history.map((h: { action: string }) => h.action)).toEqual([
      '撤销',
      '修改',
      '新增',
    ]);
    expect(revoked.body.agency.history[0]).toMatchObject({ by: '陈晓峰', changes: [] });

    const again = await callApi('POST', `/agencies/${SEEDED}/revoke`, {
      token,
      idempotencyKey: key('revoke-again'),
      body: { version: 3 },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'ILLEGAL_STATE', message: '该授权已撤销。' });
    const edit = await callApi('PUT', `/agencies/${SEEDED}`, {
      token,
      idempotencyKey: key('edit-revoked'),
      body: { version: 3, data: seeded.data },
    });
    expect(edit.status).toBe(409);
    expect(edit.body).toMatchObject({
      code: 'ILLEGAL_STATE',
      message: '已撤销的授权不能修改，请重新新增授权。',
    });
  });

  it('is for an enterprise with an approved filing (FR2), and not a function it can delegate (F2)', async () => {
    const unfiled = await tokenFor('xinqi');
    const refused = await callApi('GET', '/agencies', { token: unfiled });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('企业备案审核通过后');

    const agency = await tokenFor('tongguan');
    await callApi('POST', '/auth/act-as', { token: agency, body: { enterpriseId: 'ent-jinggong' } });
    for (const [method, path] of [
      ['GET', '/agencies'],
      ['POST', `/agencies/${SEEDED}/revoke`],
    ] as const) {
      const answer = await callApi(method, path, {
        token: agency,
        idempotencyKey: key('agency'),
        body: method === 'GET' ? undefined : { version: 1 },
      });
      expect(answer.status, path).toBe(403);
      expect(answer.body.message).toContain('不在委托企业授予本代录入企业的授权范围内');
    }
  });
});

describe('the agency’s side', () => {
  it('an enterprise account has no principals and cannot act for another', async () => {
    const token = await tokenFor('jinggong');
    for (const answer of [
      await callApi('GET', '/agency/principals', { token }),
      await callApi('POST', '/auth/act-as', { token, body: { enterpriseId: 'ent-huamao' } }),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.body.message).toBe('仅代录入企业账号可以代理其他企业办理业务。');
    }
  });

  it('the agency lists the enterprises whose authorisation is in force, acts for one, not for another, and for itself again', async () => {
    const agency = await tokenFor('tongguan');
    const principals = await callApi('GET', '/agency/principals', { token: agency });
    expect(principals.body.principals).toEqual([
      {
        enterprise: { id: 'ent-jinggong', nameCn: '宁波海曙精工机械有限公司', uscc: '91330203MA2GQ8XL2M' },
        scope: ['filingChange', 'personnel', 'preReview', 'verification', 'acceptance'],
        validFrom: '2024-01-01',
        validTo: '2027-12-31',
      },
    ]);

    const other = await callApi('POST', '/auth/act-as', {
      token: agency,
      body: { enterpriseId: 'ent-huamao' },
    });
    expect(other.status).toBe(403);
    expect(other.body.message).toBe('该企业未授权本企业代录入，或授权已撤销、已过期。');

    const acting = await callApi('POST', '/auth/act-as', {
      token: agency,
      body: { enterpriseId: 'ent-jinggong' },
    });
    expect(acting.status).toBe(200);
    expect(acting.body.session.actingFor).toMatchObject({
      enterprise: { id: 'ent-jinggong' },
      validTo: '2027-12-31',
    });
    expect(
      (await callApi('GET', '/auth/session', { token: agency })).body.session.actingFor.enterprise.id,
    ).toBe('ent-jinggong');

    const own = await callApi('POST', '/auth/act-as', { token: agency, body: { enterpriseId: null } });
    expect(own.status).toBe(200);
    expect(own.body.session.actingFor).toBeNull();
    expect(own.body.session.enterprise.id).toBe('ent-tongguan');

    // Revoked by the enterprise while three sessions of the agency act for it: each session
    // endpoint answers with the agency's own session (the app learns it and switches back); no
    // longer a principal, and acting for it is refused.
    const sessions = [agency, await tokenFor('tongguan'), await tokenFor('tongguan')];
    for (const token of sessions)
      expect(
        (await callApi('POST', '/auth/act-as', { token, body: { enterpriseId: 'ent-jinggong' } })).status,
      ).toBe(200);
    const enterprise = await tokenFor('jinggong');
    await callApi('POST', `/agencies/${SEEDED}/revoke`, {
      token: enterprise,
      idempotencyKey: key('revoke'),
      body: { version: 1 },
    });
    const [read, extend, logout] = [
      await callApi('GET', '/auth/session', { token: sessions[0] }),
      await callApi('POST', '/auth/session/extend', { token: sessions[1] }),
      await callApi('POST', '/auth/logout', { token: sessions[2] }),
    ];
    expect([read.status, extend.status, logout.status]).toEqual([200, 200, 200]);
    expect(read.body.session.actingFor).toBeNull();
    expect(extend.body.session.actingFor).toBeNull();
    expect((await callApi('GET', '/agency/principals', { token: agency })).body.principals).toEqual([]);
    const refused = await callApi('POST', '/auth/act-as', {
      token: agency,
      body: { enterpriseId: 'ent-jinggong' },
    });
    expect(refused.status).toBe(403);
  });
});

describe('an authorisation’s documents, order and reach', () => {
  it('its 授权委托书 must be the enterprise’s own upload, said on the field', async () => {
    const token = await tokenFor('jinggong');
    const data = await newAgencyData(token);
    const foreign = await uploadBytes(await tokenFor('huamao'), pdfBytes(), '委托书.pdf', key('x'), 'agency');
    const answer = await callApi('POST', '/agencies', {
      token,
      idempotencyKey: key('create'),
      body: { version: 0, data: { ...data, powerOfAttorney: foreign.body.file } },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.fieldErrors).toHaveLength(1);
    expect(answer.body.fieldErrors[0].path).toBe('data.powerOfAttorney');
    expect(answer.body.fieldErrors[0].message).toContain('授权委托书');
  });

  it('lists the latest changed first, and reaches only the agency it names', async () => {
    const token = await tokenFor('jinggong');
    const created = await callApi('POST', '/agencies', {
      token,
      idempotencyKey: key('create'),
      body: { version: 0, data: await newAgencyData(token) },
    });
    expect(created.status).toBe(201);
    const list = async () =>
      (await callApi('GET', '/agencies', { token })).body.agencies.map((a: { id: string }) => a.id);
    expect(await list()).toEqual([created.body.agency.id, SEEDED]);
    await tick();
    const seeded = (await callApi('GET', '/agencies', { token })).body.agencies[1];
    await callApi('PUT', `/agencies/${SEEDED}`, {
      token,
      idempotencyKey: key('edit'),
      body: { version: seeded.version, data: { ...seeded.data, contactName: '李明' } },
    });
    expect(await list()).toEqual([SEEDED, created.body.agency.id]);
    // The new authorisation names another agency (上海浦东华贸's code): not 深圳前海通关's principal.
    const principals = (await callApi('GET', '/agency/principals', { token: await tokenFor('tongguan') }))
      .body.principals;
    expect(principals.map((p: { enterprise: { id: string } }) => p.enterprise.id)).toEqual(['ent-jinggong']);
    expect(principals).toHaveLength(1);
  });
});
