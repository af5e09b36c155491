// Model-based test of the pre-review service: random sequences of enterprise actions and customs
// decisions, sent to the real handlers, against a small model written from domain.md's outcomes
// (which actions are allowed comes from the action table, itself checked against domain.md).
// After every command the record is in a reachable pair, ST1–ST5 hold, the history has one entry
// per declaration, and a refused command changed nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sheet } from '@/contract/sheet';
import { allowedActions, reachablePairs, type Pair } from '@/domain/preReview/stateTable';
import { callApi, listedPreReviewIds, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';

interface Model {
  /** null once removed (ST4). */
  pair: Pair | null;
  name: string;
  /** The last customs-decided pair and name: what a rejection returns to. */
  settled: { pair: Pair; name: string } | null;
  declarations: number;
}

interface Real {
  token: string;
  customs: string;
  id: string;
}

let keys = 0;
const key = () => `model-based-${(keys += 1)}`;

const sheetNamed = (name: string) => {
  const data = workedExample();
  data.product.nameCn = name;
  return data;
};

async function current(real: Real) {
  const response = await callApi('GET', `/pre-reviews/${real.id}`, { token: real.token });
  return response.status === 200 ? response.body.preReview : null;
}

/** The service's record equals the model's: pair, name, history; or both say removed. */
async function agree(model: Model, real: Real) {
  const record = await current(real);
  if (model.pair === null) {
    expect(record).toBeNull();
    expect(await listedPreReviewIds(real.token)).not.toContain(real.id);
    return;
  }
  expect(record).not.toBeNull();
  expect(reachablePairs).toContain(`${record.state}/${record.applicationStatus}`);
  expect(`${record.state}/${record.applicationStatus}`).toBe(model.pair);
  expect(record.data.product.nameCn).toBe(model.name);
  expect(record.applications).toHaveLength(model.declarations);
  expect(await listedPreReviewIds(real.token)).toContain(real.id); // its list summary kept in step
}

/** Expects the service to refuse and leave the record exactly as it was. */
async function refused(real: Real, send: () => Promise<{ status: number }>, status = 409) {
  const before = await current(real);
  expect((await send()).status).toBe(status);
  expect(await current(real)).toEqual(before);
}

const isDraft = (pair: Pair | null) => pair !== null && pair.endsWith('/暂存');
const stateOf = (pair: Pair) => pair.split('/')[0] ?? '';

/** 暂存 or 申报 through the save endpoint; refused unless the record is a draft. */
async function saved(model: Model, real: Real, declare: boolean, data?: Sheet): Promise<boolean> {
  const record = await current(real);
  const send = () =>
    callApi('PUT', `/pre-reviews/${real.id}`, {
      token: real.token,
      idempotencyKey: key(),
      body: { version: record?.version ?? 1, declare, data: data ?? record?.data ?? workedExample() },
    });
  if (!isDraft(model.pair)) {
    await refused(real, send, model.pair === null ? 404 : 409);
    return false;
  }
  expect((await send()).status).toBe(200);
  return true;
}

class Save implements fc.AsyncCommand<Model, Real> {
  constructor(readonly name: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    if (!(await saved(model, real, false, sheetNamed(this.name)))) return;
    // 修改 changes a new or change draft's data; a cancel, delete or restore draft keeps its data.
    if (['新增', '变更'].includes(stateOf(model.pair as Pair))) model.name = this.name;
    await agree(model, real);
  }
  toString = () => `save(${this.name})`;
}

class Declare implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    if (!(await saved(model, real, true))) return;
    model.pair = `${stateOf(model.pair as Pair)}/申报` as Pair;
    model.declarations += 1;
    await agree(model, real);
  }
  toString = () => 'declare';
}

type Act = 'change' | 'cancel' | 'restore' | 'delete';

class Action implements fc.AsyncCommand<Model, Real> {
  constructor(readonly action: Act) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const record = await current(real);
    const send = () =>
      callApi('POST', `/pre-reviews/${real.id}/actions`, {
        token: real.token,
        idempotencyKey: key(),
        body: {
          version: record?.version ?? 1,
          action: this.action,
          ...(this.action === 'change' ? {} : { reason: '说明' }),
        },
      });
    if (model.pair === null) return refused(real, send, 404);
    if (!allowedActions(model.pair).includes(this.action)) return refused(real, send);
    expect((await send()).status).toBe(200);
    const settledName = model.settled?.name ?? model.name;
    if (this.action === 'change' && model.pair !== '变更/暂存') {
      model.pair = '变更/暂存';
      model.name = settledName; // a new draft starts from the settled data; a replaced draft is gone
    } else if (this.action === 'delete' && stateOf(model.pair) === '新增') {
      model.pair = null; // ST4: removed at once
    } else if (this.action !== 'change') {
      model.pair = ({ cancel: '注销/暂存', restore: '恢复/暂存', delete: '删除/暂存' } as const)[this.action];
      model.name = settledName;
    }
    await agree(model, real);
  }
  toString = () => this.action;
}

class Decide implements fc.AsyncCommand<Model, Real> {
  constructor(readonly decision: 'approve' | 'reject') {}
  check = () => true;
  async run(model: Model, real: Real) {
    const record = await current(real);
    const send = () =>
      callApi('POST', `/customs/applications/preReview/${real.id}/decision`, {
        token: real.customs,
        idempotencyKey: key(),
        body: { version: record?.version ?? 1, decision: this.decision, opinion: '意见' },
      });
    if (model.pair === null) return refused(real, send, 404);
    if (!model.pair.endsWith('/申报')) return refused(real, send);
    expect((await send()).status).toBe(200);
    const state = stateOf(model.pair);
    if (this.decision === 'approve') {
      const approved = {
        新增: '正常/审核通过',
        变更: '变更/审核通过',
        注销: '注销/审核通过',
        恢复: '正常/审核通过',
      } as const;
      if (state === '删除')
        model.pair = null; // ST4: an approved deletion removes it for good
      else {
        model.pair = approved[state as keyof typeof approved];
        model.settled = { pair: model.pair, name: model.name };
      }
    } else if (state === '新增') {
      model.pair = '新增/审核不通过';
    } else if (state === '恢复') {
      model.pair = '注销/审核不通过'; // ST3
      model.name = model.settled?.name ?? model.name;
      model.settled = { pair: model.pair, name: model.name };
    } else if (model.settled) {
      // ST1, ST2, ST5: as it was before the application.
      model.pair = model.settled.pair;
      model.name = model.settled.name;
    }
    await agree(model, real);
    const decided = (await callApi('GET', '/customs/applications?status=decided', { token: real.customs }))
      .body.items as { id: string; status: string }[];
    const mine = decided.find((item) => item.id === `${real.id}#${model.declarations}`);
    expect(mine?.status).toBe(this.decision === 'approve' ? '审核通过' : '审核不通过');
  }
  toString = () => this.decision;
}

const commands = [
  fc.constantFrom('主轴甲', '主轴乙', '主轴丙').map((name) => new Save(name)),
  fc.constant(new Declare()),
  fc.constantFrom<Act>('change', 'cancel', 'restore', 'delete').map((a) => new Action(a)),
  fc.constantFrom<'approve' | 'reject'>('approve', 'reject').map((d) => new Decide(d)),
];

describe('pre-review service, model-based', () => {
  it('keeps records in reachable pairs with ST1–ST5 under random actions and decisions', async () => {
    const token = await tokenFor('jinggong');
    const customs = await tokenFor('haiguan');
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 18 }), async (cmds) => {
        const created = await callApi('POST', '/pre-reviews', {
          token,
          idempotencyKey: key(),
          body: { version: 0, declare: false, data: sheetNamed('初稿') },
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        const model: Model = { pair: '新增/暂存', name: '初稿', settled: null, declarations: 0 };
        await fc.asyncModelRun(
          () => ({ model, real: { token, customs, id: created.body.preReview.id } }),
          cmds,
        );
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
