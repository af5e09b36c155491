// 企业备案 in the service, what it answers besides its writes: where a filing stands (with its
// 备案号 once approved), one application of its history, a change declared without any change,
// and a withdraw with nothing to withdraw. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-filing-reads`;

describe('企业备案: what the service answers', () => {
  it('where a filing stands: approved with its 备案号, or not yet and without one', async () => {
    const approved = await callApi('GET', '/filing/standing', { token: await tokenFor('jinggong') });
    expect(approved.body.standing).toEqual({
      filingApproved: true,
      changeDeclared: false,
      enterpriseType: '生产型企业',
      filingNo: '3107A19000187',
    });
    const unfiled = await callApi('GET', '/filing/standing', { token: await tokenFor('xinqi') });
    expect(unfiled.body.standing).toMatchObject({ filingApproved: false, filingNo: null });
  });

  it('one application of the filing, current or earlier, with the 备案号; another id is not found', async () => {
    const token = await tokenFor('jinggong');
    const { filing } = (await callApi('GET', '/filing', { token })).body;
    const earlier = filing.history[0];
    expect(earlier).toBeDefined();
    const read = await callApi('GET', `/filing/applications/${earlier.id}`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ application: earlier, filingNo: '3107A19000187' });

    const missing = await callApi('GET', '/filing/applications/no-such-application', { token });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('没有找到该申请。');
    // The new enterprise has a draft, whose application another enterprise cannot read.
    const draft = (await callApi('GET', '/filing', { token: await tokenFor('xinqi') })).body.filing;
    if (draft?.current) {
      const foreign = await callApi('GET', `/filing/applications/${draft.current.id}`, { token });
      expect(foreign.status).toBe(404);
    }
  });

  it('a change declared with nothing changed is refused, and nothing is declared', async () => {
    const token = await tokenFor('jinggong');
    const { filing } = (await callApi('GET', '/filing', { token })).body;
    const unchanged = await callApi('POST', '/filing/change/declare', {
      token,
      idempotencyKey: key('declare'),
      body: { version: filing.version, data: filing.approved },
    });
    expect(unchanged.status).toBe(422);
    expect(unchanged.body.message).toBe('备案变更申请没有修改任何内容，请修改需要变更的项目后再申报。');
    expect((await callApi('GET', '/filing', { token })).body.filing).toEqual(filing);
    // Kept as a draft (暂存) it may be: the check is the declaration's.
    const kept = await callApi('PUT', '/filing/change/draft', {
      token,
      idempotencyKey: key('draft'),
      body: { version: filing.version, data: filing.approved },
    });
    expect(kept.status).toBe(200);
  });

  it('a withdraw with no application waiting for customs: 没有可撤回的申请', async () => {
    const token = await tokenFor('jinggong');
    const { filing } = (await callApi('GET', '/filing', { token })).body;
    const answer = await callApi('POST', '/filing/withdraw', {
      token,
      idempotencyKey: key('withdraw'),
      body: { version: filing.version },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      code: 'ILLEGAL_STATE',
      message: '只有已申报、尚未审核的申请可以撤回。',
    });
  });
});

describe('企业备案: a withdraw by an agency', () => {
  it('with 备案变更 in its scope (and not 企业备案), withdraws the change it declared', async () => {
    const agency = await tokenFor('tongguan');
    await callApi('POST', '/auth/act-as', { token: agency, body: { enterpriseId: 'ent-jinggong' } });
    const { filing } = (await callApi('GET', '/filing', { token: agency })).body;
    const declared = await callApi('POST', '/filing/change/declare', {
      token: agency,
      idempotencyKey: key('change'),
      body: { version: filing.version, data: { ...filing.approved, contactName: '李明' } },
    });
    expect(declared.status).toBe(200);
    const withdrawn = await callApi('POST', '/filing/withdraw', {
      token: agency,
      idempotencyKey: key('withdraw'),
      body: { version: declared.body.filing.version },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.filing.current.status).toBe('已撤回');
  });
});
