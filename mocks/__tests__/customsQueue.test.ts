// 海关审核台 in the service: the queue of pending applications (first come, first served), the
// decided ones (newest decision first; a withdrawn one is neither), and what a decision is refused
// for. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { callApi, createPreReview, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-customs-queue`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

interface QueueItem {
  kind: string;
  recordId: string;
  version: number;
  status: string;
  declaredAt: string;
  decidedAt: string | null;
}

async function queue(status: 'pending' | 'decided'): Promise<QueueItem[]> {
  const { body } = await callApi('GET', `/customs/applications?status=${status}&pageSize=100`, {
    token: await tokenFor('haiguan'),
  });
  return body.items;
}

async function declarePreReview(nameCn: string): Promise<string> {
  const data = workedExample();
  data.product.nameCn = nameCn;
  const { body } = await createPreReview(await tokenFor('jinggong'), data, { declare: true });
  return body.preReview.id;
}

async function decide(item: QueueItem, body: Record<string, unknown> = {}) {
  return callApi('POST', `/customs/applications/${item.kind}/${item.recordId}/decision`, {
    token: await tokenFor('haiguan'),
    idempotencyKey: key('decide'),
    body: { version: item.version, decision: 'approve', opinion: '', ...body },
  });
}

describe('海关审核台 in the service', () => {
  it('pending: first declared first; decided: newest decision first; withdrawn: in neither', async () => {
    const first = await declarePreReview('先申报的主轴');
    await tick();
    const second = await declarePreReview('后申报的主轴');
    // Two more, so that an order other than by declaration would show (ids are random).
    for (const name of ['又一个主轴', '再一个主轴']) {
      await tick();
      await declarePreReview(name);
    }
    const pending = await queue('pending');
    const ids = pending.map((i) => i.recordId);
    expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(pending.every((i) => i.status === '待审核')).toBe(true);
    const declaredAt = pending.map((i) => i.declaredAt);
    expect(declaredAt).toEqual([...declaredAt].sort());

    for (const id of [second, first]) {
      const item = pending.find((i) => i.recordId === id);
      if (!item) throw new Error(`${id} is not in the queue`);
      expect((await decide(item)).status).toBe(200);
      await tick();
    }
    const decided = await queue('decided');
    expect(decided.slice(0, 2).map((i) => i.recordId)).toEqual([first, second]);
    expect(decided.some((i) => i.status === '待审核' || i.status === '已撤回')).toBe(false);
    const decidedAt = decided.map((i) => i.decidedAt ?? '');
    expect(decidedAt).toEqual([...decidedAt].sort().reverse());

    // A filing change declared, then withdrawn by the enterprise: customs never decided it.
    const token = await tokenFor('jinggong');
    const { filing } = (await callApi('GET', '/filing', { token })).body;
    const declared = await callApi('POST', '/filing/change/declare', {
      token,
      idempotencyKey: key('change'),
      body: { version: filing.version, data: { ...filing.approved, contactName: '李明' } },
    });
    expect(declared.status).toBe(200);
    await callApi('POST', '/filing/withdraw', {
      token,
      idempotencyKey: key('withdraw'),
      body: { version: declared.body.filing.version },
    });
    const everywhere = [...(await queue('pending')), ...(await queue('decided'))];
    expect(everywhere.filter((i) => i.status === '已撤回')).toEqual([]);
    expect(everywhere.some((i) => i.recordId === filing.id && i.status === '待审核')).toBe(false);
  });

  it('a kind of application that does not exist: 404, said', async () => {
    const answer = await decide({ kind: 'no-such-kind', recordId: 'x', version: 1 } as QueueItem);
    expect(answer.status).toBe(404);
    expect(answer.body.message).toBe('没有这种申请类型。');
  });

  it('a decision of the wrong type is refused naming 审核结果 or 审核意见', async () => {
    const item = (await queue('pending'))[0] ?? {
      kind: 'preReview',
      recordId: await declarePreReview('主轴'),
      version: 1,
    };
    const noDecision = await decide(item as QueueItem, { decision: 7 });
    expect(noDecision.status).toBe(422);
    expect(noDecision.body.fieldErrors[0]).toMatchObject({ path: 'decision' });
    expect(noDecision.body.message).toContain('审核结果');
    const badOpinion = await decide(item as QueueItem, { opinion: 7 });
    expect(badOpinion.status).toBe(422);
    expect(badOpinion.body.fieldErrors[0]).toMatchObject({ path: 'opinion' });
    expect(badOpinion.body.message).toContain('审核意见');
  });
});
