// 受理情况查询's items as the service builds them: an authorisation (代录入, which customs does not
// review) from its record — in force, then revoked — and the counts and 最近的海关审核结果 over
// every kind. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { callApi, createPreReview, decideAsCustoms, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-acceptance-items`;

interface Item {
  id: string;
  type: string;
  area: string;
  recordId: string;
  subject: string;
  status: string;
  declaredAt: string;
  decidedAt: string | null;
  opinion: string | null;
  customsOffice: string;
}

async function acceptance(token: string, query = 'pageSize=100') {
  const { status, body } = await callApi('GET', `/acceptance?${query}`, { token });
  expect(status).toBe(200);
  return body as { items: Item[]; counts: Record<string, number>; recentDecisions: Item[] };
}

/** A pre-review of the producer's, declared, then decided by customs. */
async function decidedPreReview(nameCn: string, decision: 'approve' | 'reject') {
  const token = await tokenFor('jinggong');
  const data = workedExample();
  data.product.nameCn = nameCn;
  const { body } = await createPreReview(token, data, { declare: true });
  const opinion = decision === 'reject' ? '请补充' : '';
  const decided = await decideAsCustoms(
    'preReview',
    body.preReview.id,
    body.preReview.version,
    decision,
    opinion,
  );
  expect(decided.status).toBe(200);
  return body.preReview.id as string;
}

describe('受理情况查询: an authorisation (代录入)', () => {
  it('is listed from its record: in force when added, then revoked on the day it was', async () => {
    const token = await tokenFor('jinggong');
    const [agency] = (await callApi('GET', '/agencies', { token })).body.agencies;
    const listed = (await acceptance(token, 'type=agency')).items;
    expect(listed).toEqual([
      {
        id: `agency:${agency.id}`,
        type: 'agency',
        area: 'agencies',
        recordId: agency.id,
        subject: `${agency.data.nameCn}（${agency.data.validFrom} 至 ${agency.data.validTo}）`,
        customsOffice: expect.stringContaining('海关'),
        declaredAt: agency.history.find((h: { action: string }) => h.action === '新增').at,
        status: '已生效',
        decidedAt: null,
        opinion: null,
      },
    ]);

    // An edit adds to its history; the item still dates from when it was added.
    const edited = await callApi('PUT', `/agencies/${agency.id}`, {
      token,
      idempotencyKey: key('edit'),
      body: { version: agency.version, data: { ...agency.data, contactName: '李明' } },
    });
    expect((await acceptance(token, 'type=agency')).items[0]?.declaredAt).toBe(listed[0]?.declaredAt);

    const revoked = await callApi('POST', `/agencies/${agency.id}/revoke`, {
      token,
      idempotencyKey: key('revoke'),
      body: { version: edited.body.agency.version },
    });
    expect((await acceptance(token, 'type=agency')).items[0]).toMatchObject({
      status: '已撤销',
      decidedAt: revoked.body.agency.revokedAt,
    });
    // A revocation is the enterprise's own act, not a customs decision.
    const { recentDecisions, counts } = await acceptance(token);
    expect(recentDecisions.map((i) => i.type)).not.toContain('agency');
    expect(counts['已撤销']).toBe(1);
  });
});

describe('受理情况查询: counts and 最近的海关审核结果', () => {
  it('counts each status; the five latest decisions of customs, newest first, approved or not', async () => {
    const token = await tokenFor('jinggong');
    const ids: string[] = [];
    for (const [i, decision] of (
      ['approve', 'reject', 'approve', 'reject', 'approve', 'reject'] as const
    ).entries()) {
      ids.push(await decidedPreReview(`主轴 ${i + 1}`, decision));
      await new Promise((resolve) => setTimeout(resolve, 3)); // each decided at a time of its own
    }
    const { items, counts, recentDecisions } = await acceptance(token);

    const tally = new Map<string, number>();
    for (const item of items) tally.set(item.status, (tally.get(item.status) ?? 0) + 1);
    expect(counts).toEqual(Object.fromEntries(tally));

    expect(recentDecisions).toHaveLength(5);
    expect(recentDecisions.map((i) => i.recordId)).toEqual(ids.slice(1).reverse());
    expect(recentDecisions.map((i) => i.status)).toEqual([
      '审核不通过',
      '审核通过',
      '审核不通过',
      '审核通过',
      '审核不通过',
    ]);
    expect(recentDecisions[0]).toMatchObject({
      id: expect.stringMatching(/^preReview:/),
      type: 'preReviewNew',
      area: 'preReview',
      opinion: '请补充',
    });
  });

  it('a declared application awaiting customs is counted, and is no recent decision', async () => {
    const token = await tokenFor('jinggong');
    const before = await acceptance(token);
    const { body } = await createPreReview(token, workedExample(), { declare: true });
    const after = await acceptance(token);
    expect(after.counts['待审核']).toBe((before.counts['待审核'] ?? 0) + 1);
    expect(after.recentDecisions.map((i) => i.recordId)).not.toContain(body.preReview.id);
    expect(after.recentDecisions).toEqual(before.recentDecisions);
  });
});
