// The pre-review life cycle in the service: actions by the table (anything else 409, record
// unchanged), customs outcomes ST1–ST5.
import { describe, expect, it } from 'vitest';
import { callApi, listedPreReviewIds, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}`;

async function setup() {
  const token = await tokenFor('jinggong');
  const customs = await tokenFor('haiguan');
  const created = await callApi('POST', '/pre-reviews', {
    token,
    idempotencyKey: key('create'),
    body: { version: 0, declare: true, data: workedExample() },
  });
  const id: string = created.body.preReview.id;
  const get = async () => (await callApi('GET', `/pre-reviews/${id}`, { token })).body.preReview;
  const decide = async (decision: 'approve' | 'reject') => {
    const record = await get();
    return callApi('POST', `/customs/applications/preReview/${id}/decision`, {
      token: customs,
      idempotencyKey: key('decide'),
      body: { version: record.version, decision, opinion: decision === 'reject' ? '资料不全' : '' },
    });
  };
  const act = async (action: string, reason?: string) => {
    const record = await get();
    return callApi('POST', `/pre-reviews/${id}/actions`, {
      token,
      idempotencyKey: key(action),
      body: { version: record.version, action, ...(reason ? { reason } : {}) },
    });
  };
  const declare = async (data?: ReturnType<typeof workedExample>) => {
    const record = await get();
    return callApi('PUT', `/pre-reviews/${id}`, {
      token,
      idempotencyKey: key('declare'),
      body: { version: record.version, declare: true, data: data ?? record.data },
    });
  };
  await decide('approve');
  return { token, id, get, decide, act, declare };
}

const pair = (r: { state: string; applicationStatus: string }) => `${r.state}/${r.applicationStatus}`;

describe('pre-review life cycle in the service', () => {
  it('refuses an illegal transition with 409 and the reason, leaving the record unchanged', async () => {
    const { get, act } = await setup();
    const before = await get();
    const response = await act('restore', '恢复');
    expect(response.status).toBe(409);
    expect(response.body.message).toBe('状态为“正常”、申请状态为“审核通过”的产品预审不能恢复。');
    expect(await get()).toEqual(before);
  });

  it('ST1: a rejected change shows the record as it was, data and states', async () => {
    const { get, act, declare, decide } = await setup();
    await act('change');
    const changed = workedExample();
    changed.product.nameCn = '数控机床主轴（改）';
    await declare(changed);
    expect(pair(await get())).toBe('变更/申报');
    await decide('reject');
    const after = await get();
    expect(pair(after)).toBe('正常/审核通过');
    expect(after.data.product.nameCn).toBe('数控机床主轴');
  });

  it('ST2 and ST3: a rejected cancellation is undone; a rejected restore shows 注销', async () => {
    const { get, act, declare, decide } = await setup();
    await act('cancel', '停产');
    await declare();
    await decide('reject');
    expect(pair(await get())).toBe('正常/审核通过');

    await act('cancel', '停产');
    await declare();
    await decide('approve');
    expect(pair(await get())).toBe('注销/审核通过');
    await act('restore', '恢复生产');
    await declare();
    await decide('reject');
    expect(pair(await get())).toBe('注销/审核不通过');
  });

  it('ST4 and ST5: a rejected deletion is undone; an approved one removes the record for good', async () => {
    const { token, id, get, act, declare, decide } = await setup();
    await act('delete', '不再出口');
    await declare();
    await decide('reject');
    expect(pair(await get())).toBe('正常/审核通过');
    await act('delete', '不再出口');
    await declare();
    await decide('approve');
    expect((await callApi('GET', `/pre-reviews/${id}`, { token })).status).toBe(404);
    expect(await listedPreReviewIds(token)).not.toContain(id);
  });

  it('ST4: deleting a new draft removes it at once', async () => {
    const token = await tokenFor('jinggong');
    const created = await callApi('POST', '/pre-reviews', {
      token,
      idempotencyKey: 'new-draft',
      body: { version: 0, declare: false, data: workedExample() },
    });
    const response = await callApi('POST', `/pre-reviews/${created.body.preReview.id}/actions`, {
      token,
      idempotencyKey: 'delete-new-draft',
      body: { version: 1, action: 'delete', reason: '录入错误' },
    });
    expect(response.body).toEqual({ preReview: null });
    expect(await listedPreReviewIds(token)).not.toContain(created.body.preReview.id);
  });
});
