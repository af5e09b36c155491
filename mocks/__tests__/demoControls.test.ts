// 演示数据管理 as the simulator answers it: what is loaded (records counted by kind, never the
// service's own bookkeeping of sessions and idempotency keys), a reset to a scenario (and a
// refusal of one that does not exist), notices dismissed by id, and the demo accounts the login
// page offers. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
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
    expect(before.scenarios.map((s: { id: string }) => s.id)).toEqual(['standard', 'filing-review', 'large']);
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
    expect(Object.keys(jinggong).sort()).toEqual(['cardId', 'displayName', 'role', 'situation', 'username']);
    expect(jinggong.displayName).toBeTruthy();
    expect(jinggong.situation).toBeTruthy();
    expect(jinggong.cardId).toBeTruthy();
    expect(body.accounts.map((a: { role: string }) => a.role)).toContain('customs');
  });
});
