// Stamps and history around the life cycle: what the service stores after each write.
import { describe, expect, it } from 'vitest';
import { workedExample } from '@/test/workedExample';
import type { PreReviewRecord } from '@/contract/preReview';
import { decide, saveDraft, takeAction, type Written } from './recordWrites';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 0, minute)).toISOString();
const recordOf = (written: Written): PreReviewRecord => {
  if (written.kind !== 'record') throw new Error(`expected a record, got ${written.kind}`);
  return written.record;
};
const created = (declare: boolean) =>
  recordOf(
    saveDraft(null, {
      id: 'pr-1',
      number: 'N-P0001',
      enterpriseId: 'ent-1',
      data: workedExample(),
      declare,
      now: at(0),
    }),
  );
const approved = () =>
  recordOf(decide(created(true), { decision: 'approve', opinion: '', now: at(1), by: '王敏' }));
/** 申报 of a draft as it is, at `minute`. */
const declaredAt = (draft: PreReviewRecord, minute: number) =>
  recordOf(
    saveDraft(draft, {
      id: 'pr-1',
      number: 'N-P0001',
      enterpriseId: 'ent-1',
      data: draft.data,
      declare: true,
      now: at(minute),
    }),
  );

describe('pre-review writes', () => {
  it('a draft has no history; declaring adds the application, deciding completes it', () => {
    expect(created(false)).toMatchObject({ version: 1, applications: [], declaredAt: null });
    const declared = created(true);
    expect(declared.applications).toEqual([
      {
        n: 1,
        kind: '新增',
        status: '申报',
        reason: '',
        before: null,
        after: workedExample(),
        declaredAt: at(0),
        decidedAt: null,
        opinion: null,
      },
    ]);
    const decided = approved();
    expect(decided).toMatchObject({
      version: 2,
      state: '正常',
      decidedAt: at(1),
      opinion: '产品预审审核通过',
    });
    expect(decided.applications[0]).toMatchObject({ status: '审核通过', decidedAt: at(1) });
  });

  it('ST1 with history: a rejected change keeps the old data, and the change with before and after', () => {
    const changing = recordOf(takeAction(approved(), { action: 'change' }, at(2)));
    const renamed = workedExample();
    renamed.product.nameCn = '主轴（改名）';
    const declared = recordOf(
      saveDraft(changing, {
        id: 'pr-1',
        number: 'N-P0001',
        enterpriseId: 'ent-1',
        data: renamed,
        declare: true,
        now: at(3),
      }),
    );
    const rejected = recordOf(
      decide(declared, { decision: 'reject', opinion: '名称与发票不符', now: at(4), by: '王敏' }),
    );
    expect(rejected.data.product.nameCn).toBe('数控机床主轴');
    expect(`${rejected.state}/${rejected.applicationStatus}`).toBe('正常/审核通过');
    expect(rejected.applications[1]).toMatchObject({
      kind: '变更',
      status: '审核不通过',
      opinion: '名称与发票不符',
      before: workedExample(),
      after: renamed,
    });
  });

  it('continuing a change draft writes nothing, so another tab is not put out of date', () => {
    const changing = recordOf(takeAction(approved(), { action: 'change' }, at(2)));
    expect(takeAction(changing, { action: 'change' }, at(3))).toEqual({ kind: 'record', record: changing });
  });

  it('ST4: a draft never declared leaves nothing; a rejected new one and an approved deletion stay as history', () => {
    expect(takeAction(created(false), { action: 'delete', reason: '录错' }, at(1))).toEqual({
      kind: 'removed',
    });

    const rejected = recordOf(
      decide(created(true), { decision: 'reject', opinion: '资料不全', now: at(1), by: '王敏' }),
    );
    const gone = recordOf(takeAction(rejected, { action: 'delete', reason: '不再出口' }, at(2)));
    expect(gone.removedAt).toBe(at(2));

    const deleting = recordOf(takeAction(approved(), { action: 'delete', reason: '不再出口' }, at(2)));
    const declared = declaredAt(deleting, 3);
    const removed = recordOf(decide(declared, { decision: 'approve', opinion: '', now: at(4), by: '王敏' }));
    expect(removed).toMatchObject({ removedAt: at(4), state: '删除', applicationStatus: '审核通过' });
    expect(removed.applications.map((a) => `${a.kind}/${a.status}`)).toEqual([
      '新增/审核通过',
      '删除/审核通过',
    ]);
    expect(removed.applications[1]?.reason).toBe('不再出口');
  });

  it('a cancellation: a new version without the last decision; declared, its application carries the reason, no data', () => {
    const decided = approved();
    const cancelling = recordOf(takeAction(decided, { action: 'cancel', reason: '停产' }, at(2)));
    expect(cancelling).toMatchObject({
      version: decided.version + 1,
      updatedAt: at(2),
      state: '注销',
      applicationStatus: '暂存',
      reason: '停产',
      declaredAt: null,
      decidedAt: null,
      opinion: null,
    });
    const declared = declaredAt(cancelling, 3);
    expect(declared.applications[1]).toMatchObject({
      n: 2,
      kind: '注销',
      reason: '停产',
      before: null,
      after: null,
    });
  });

  it('a decision completes the last application only; a rejection without an opinion has none', () => {
    const cancelling = recordOf(takeAction(approved(), { action: 'cancel', reason: '停产' }, at(2)));
    const declared = declaredAt(cancelling, 3);
    const rejected = recordOf(decide(declared, { decision: 'reject', opinion: '', now: at(4), by: '王敏' }));
    expect(rejected.opinion).toBeNull();
    expect(rejected.applications.map((a) => [a.status, a.decidedAt, a.opinion])).toEqual([
      ['审核通过', at(1), '产品预审审核通过'],
      ['审核不通过', at(4), null],
    ]);
  });
});
