// 演示数据管理 as the simulator answers it: what is loaded (records counted by kind, never the
// service's own bookkeeping of sessions and idempotency keys), a reset to a scenario (and a
// refusal of one that does not exist), notices dismissed by id, and the demo accounts the login
// page offers. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { callApi, createPreReview, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';
import { updateMeta } from '../store/demoData';
import { notice } from '../store/notices';

const status = async () => (await callApi('GET', '/demo/status')).body;

describe('演示数据管理 in the simulator', () => {
  it('counts the records of each kind, not sessions or idempotency keys, and lists the scenarios', async () => {
    await tokenFor('jinggong'); // a session, which is not counted
    const before = await status();
    expect(before.scenario).toBe('standard');
    expect(Object.keys(before.counts)).not.toContain('sessions');
    expect(Object.keys(before.counts)).not.toContain('idempotency');
    expect(before.counts).toMatchObject({ accounts: expect.any(Number), preReviews: expect.any(Number) });
    expect(before.counts.preReviews).toBeGreaterThan(0);
    expect(before.scenarios.map((s: { id: string }) => s.id)).toEqual([
      'standard',
      'filing-review',
      'flow-filing',
      'flow-change-rejected',
      'large-100',
      'large',
      'large-100k',
      'office-1k',
      'office-10k',
      'office',
    ]);
    expect(before.loading).toBeNull();
    expect(before.scenarios[1]).toEqual({
      id: 'filing-review',
      name: '备案待审核',
      description: expect.stringContaining('新企业已提交企业备案申请'),
    });
  });

  it('resets to a scenario; one that does not exist is refused and nothing changes', async () => {
    const refused = await callApi('POST', '/demo/reset', { body: { scenario: 'no-such-scenario' } });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe('没有这个演示场景。');
    expect((await status()).scenario).toBe('standard');

    const filings = (await status()).counts.filings;
    const reset = await callApi('POST', '/demo/reset', { body: { scenario: 'filing-review' } });
    expect(reset.status).toBe(200);
    expect(reset.body.scenario).toBe('filing-review');
    expect(reset.body.counts.filings).toBe(filings + 1); // the new enterprise's declared filing
  });

  it('知道了 dismisses exactly the notices named', async () => {
    const [first, second] = [notice('数据已修复 1'), notice('数据已修复 2')];
    await updateMeta((meta) => ({ ...meta, notices: [...meta.notices, first, second] }));
    expect((await status()).notices).toEqual([first, second]);
    const answer = await callApi('POST', '/demo/notices/ack', { body: { ids: [first.id] } });
    expect(answer.status).toBe(200);
    expect(answer.body.notices).toEqual([second]);
    expect((await status()).notices).toEqual([second]);
  });

  it('offers the demo accounts with their shared password and PIN, and no more about each', async () => {
    const { status: code, body } = await callApi('GET', '/demo/accounts');
    expect(code).toBe(200);
    expect(body.password).toBe('demo1234');
    expect(body.cardPin).toBe('123456');
    const jinggong = body.accounts.find((a: { username: string }) => a.username === 'jinggong');
    expect(Object.keys(jinggong).sort()).toEqual([
      'cardId',
      'displayName',
      'enterpriseId',
      'role',
      'situation',
      'username',
    ]);
    expect(jinggong.enterpriseId).toBe('ent-jinggong');
    expect(jinggong.displayName).toBeTruthy();
    expect(jinggong.situation).toBeTruthy();
    expect(jinggong.cardId).toBeTruthy();
    expect(body.accounts.map((a: { role: string }) => a.role)).toContain('customs');
  });

  it('切换角色 opens a session for a demo account without its password, and ends the one it came from', async () => {
    const before = await tokenFor('jinggong');
    const switched = await callApi('POST', '/demo/switch-account', {
      token: before,
      body: { username: 'haiguan' },
    });
    expect(switched.status).toBe(200);
    expect(switched.body.session.user).toMatchObject({ username: 'haiguan', role: 'customs' });
    expect((await callApi('GET', '/auth/session', { token: before })).status).toBe(401);
    const after = await callApi('GET', '/auth/session', { token: switched.body.session.token });
    expect(after.body.session.user.username).toBe('haiguan');

    // Without a session to end, it only opens one.
    const fresh = await callApi('POST', '/demo/switch-account', { body: { username: 'xinqi' } });
    expect(fresh.body.session.enterprise.id).toBe('ent-xinqi');
  });

  it('切换角色 to an account that is not a demo account is 404, said in Chinese; an empty name is 422', async () => {
    const unknown = await callApi('POST', '/demo/switch-account', { body: { username: 'constructor' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('没有这个演示账号。');
    const empty = await callApi('POST', '/demo/switch-account', { body: { username: '' } });
    expect(empty.status).toBe(422);
  });

  it('says what is loaded: enterprises by filing, applications by where they stand with customs', async () => {
    const summary = async () => (await callApi('GET', '/demo/summary')).body;
    const before = await summary();
    // jinggong and huamao filed; huafeng's first filing awaits customs; xinqi and the agency never filed.
    expect(before.enterprises).toEqual({ total: 5, filed: 2, awaitingFiling: 1, unfiled: 2 });
    const pendingNew = (s: { applications: { type: string; pending: number }[] }) =>
      s.applications.find((a) => a.type === 'preReviewNew')?.pending ?? 0;
    expect(before.applications.find((a: { type: string }) => a.type === 'filing')).toMatchObject({
      pending: 1,
    });

    await createPreReview(await tokenFor('jinggong'), workedExample(), { declare: true });
    const after = await summary();
    expect(pendingNew(after)).toBe(pendingNew(before) + 1);
    const total = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);
    expect(total(after.preReviews)).toBe(total(before.preReviews) + 1);
    expect(after.preReviews.find((p: { state: string }) => p.state === '新增')).toBeTruthy();
  });

  it('loads a 海关办公室 volume in the background, saying how far; a reset meanwhile is refused', async () => {
    const started = await callApi('POST', '/demo/reset', { body: { scenario: 'office-1k' } });
    expect(started.status).toBe(200);
    expect(started.body.loading).toMatchObject({ scenario: 'office-1k', stage: 'generating' });
    const meanwhile = await callApi('POST', '/demo/reset', { body: { scenario: 'standard' } });
    expect(meanwhile.status).toBe(409);
    expect(meanwhile.body.message).toBe('正在载入演示数据，请等载入完成后再重置。');

    const seen: number[] = [];
    let body = started.body;
    while (body.loading) {
      seen.push(body.loading.percent);
      await new Promise((resolve) => setTimeout(resolve, 5));
      body = await status();
    }
    // It only goes forward, and the data it said it was loading is what is loaded.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(body).toMatchObject({ scenario: 'office-1k', loading: null });
    const summary = (await callApi('GET', '/demo/summary')).body;
    expect(summary.enterprises.total).toBe(5 + 10);
    const applications = summary.applications.reduce(
      (sum: number, row: { pending: number; approved: number; rejected: number }) =>
        sum + row.pending + row.approved + row.rejected,
      0,
    );
    // The volume's thousand (some of its filing changes withdrawn), beside the standard demo's.
    expect(applications).toBeGreaterThan(990);
  });
});
