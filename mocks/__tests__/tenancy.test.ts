// The service checks the session on every request: an enterprise reaches only its own data, and
// only customs reaches the console's endpoints.
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';

describe('tenancy in the mock customs service', () => {
  it('answers a crafted request for another enterprise’s application as not found', async () => {
    const jinggong = await tokenFor('jinggong');
    const own = await callApi('GET', '/filing/applications/fa-jinggong-1', { token: jinggong });
    expect(own.status).toBe(200);
    expect(own.body.application.opinion).toBe('备案审核通过，备案号是3107A19000187');

    const huamao = await tokenFor('huamao');
    const crafted = await callApi('GET', '/filing/applications/fa-jinggong-1', { token: huamao });
    expect(crafted.status).toBe(404);
    expect(crafted.body.message).toBe('没有找到该申请。');
    expect(JSON.stringify(crafted.body)).not.toContain('宁波');
  });

  it.each(['jinggong', 'tongguan'])('refuses the customs endpoints to the %s session', async (username) => {
    const token = await tokenFor(username);
    const queue = await callApi('GET', '/customs/applications?status=pending', { token });
    expect(queue.status).toBe(403);
    expect(queue.body.message).toContain('仅海关审核人员');

    const decision = await callApi('POST', '/customs/applications/filing/filing-ent-huafeng/decision', {
      token,
      idempotencyKey: `self-approval-${username}`,
      body: { version: 1, decision: 'approve', opinion: '' },
    });
    expect(decision.status).toBe(403);
    const huafeng = await callApi('GET', '/filing', { token: await tokenFor('huafeng') });
    expect(huafeng.body.filing.current.status).toBe('申报');
  });

  it('refuses every request without a valid session', async () => {
    expect((await callApi('GET', '/filing')).status).toBe(401);
    expect((await callApi('GET', '/filing', { token: 'forged-token' })).status).toBe(401);
    expect((await callApi('GET', '/customs/applications', { token: 'forged-token' })).status).toBe(401);
  });

  it('ends the session on logout', async () => {
    const token = await tokenFor('jinggong');
    expect((await callApi('POST', '/auth/logout', { token })).status).toBe(200);
    expect((await callApi('GET', '/filing', { token })).status).toBe(401);
  });
});

describe('customs decisions in the mock customs service', () => {
  it('approves a declared filing, giving it a 备案号 and the receipt as opinion', async () => {
    const customs = await tokenFor('haiguan');
    const queue = await callApi('GET', '/customs/applications?status=pending', { token: customs });
    const item = queue.body.items.find(
      (i: { enterprise: { id: string } }) => i.enterprise.id === 'ent-huafeng',
    );
    expect(item).toMatchObject({
      kind: 'filing',
      type: 'filing',
      status: '待审核',
      recordId: 'filing-ent-huafeng',
    });

    const decided = await callApi('POST', `/customs/applications/filing/${item.recordId}/decision`, {
      token: customs,
      idempotencyKey: 'approve-huafeng',
      body: { version: item.version, decision: 'approve', opinion: '' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.item.status).toBe('审核通过');

    const filing = await callApi('GET', '/filing', { token: await tokenFor('huafeng') });
    expect(filing.body.filing.filingNo).toMatch(/^2903A\d{2}960455$/);
    expect(filing.body.filing.current.opinion).toBe(`备案审核通过，备案号是${filing.body.filing.filingNo}`);
    expect(filing.body.filing.approved.nameCn).toBe('温州瓯海华丰鞋业有限公司');
  });

  it('requires an opinion to reject, and refuses to decide an application twice', async () => {
    const customs = await tokenFor('haiguan');
    const withoutOpinion = await callApi('POST', '/customs/applications/filing/filing-ent-huafeng/decision', {
      token: customs,
      idempotencyKey: 'reject-no-opinion',
      body: { version: 1, decision: 'reject', opinion: '  ' },
    });
    expect(withoutOpinion.status).toBe(422);
    expect(withoutOpinion.body.fieldErrors).toEqual([
      { path: 'opinion', message: '审核不通过时请填写审核意见，告诉企业需要修改什么' },
    ]);

    const rejected = await callApi('POST', '/customs/applications/filing/filing-ent-huafeng/decision', {
      token: customs,
      idempotencyKey: 'reject-with-opinion',
      body: { version: 1, decision: 'reject', opinion: '营业执照地址与住所不一致' },
    });
    expect(rejected.body.item).toMatchObject({ status: '审核不通过', opinion: '营业执照地址与住所不一致' });

    const again = await callApi('POST', '/customs/applications/filing/filing-ent-huafeng/decision', {
      token: customs,
      idempotencyKey: 'approve-after-reject',
      body: { version: 2, decision: 'approve', opinion: '' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ILLEGAL_STATE');
  });
});
