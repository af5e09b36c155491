// Model-based test of the pre-review life cycle: random sequences of enterprise actions and
// customs decisions always leave a record in a reachable pair, with ST1–ST5 holding at each step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetLine, workedExample } from '@/test/workedExample';
import type { Sheet } from '@/contract/sheet';
import { reachablePairs } from '@/domain/preReview/stateTable';
import { applyAction, applyDecision, pairOfRecord, type EnterpriseAction, type Lifecycle } from './lifecycle';

const sheetNamed = (name: string): Sheet => {
  const sheet = workedExample();
  return {
    ...sheet,
    product: { ...sheet.product, nameCn: name },
    lines: [sheetLine('x', { materialName: name })],
  };
};

const fresh = (): Lifecycle => ({
  state: '新增',
  applicationStatus: '暂存',
  data: sheetNamed('初稿'),
  reason: '',
  settled: null,
});

type Step = { kind: 'act'; act: EnterpriseAction } | { kind: 'decide'; decision: 'approve' | 'reject' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('act' as const),
    act: fc.oneof(
      fc.string({ maxLength: 6 }).map((name): EnterpriseAction => ({
        action: 'edit',
        data: sheetNamed(`改-${name}`),
        reason: `说明-${name}`,
      })),
      fc.constant<EnterpriseAction>({ action: 'declare' }),
      fc.constant<EnterpriseAction>({ action: 'change' }),
      fc.constant<EnterpriseAction>({ action: 'cancel', reason: '停产' }),
      fc.constant<EnterpriseAction>({ action: 'restore', reason: '恢复生产' }),
      fc.constant<EnterpriseAction>({ action: 'delete', reason: '不再出口' }),
    ),
  }),
  fc.record({
    kind: fc.constant('decide' as const),
    decision: fc.constantFrom<'approve' | 'reject'>('approve', 'reject'),
  }),
);

const view = (r: Lifecycle) => ({ state: r.state, applicationStatus: r.applicationStatus, data: r.data });

describe('the pre-review life cycle (model-based)', () => {
  it('stays in reachable pairs and follows ST1–ST5 under any sequence', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        let record: Lifecycle | null = fresh();
        for (const s of steps) {
          if (!record) {
            return; // removed for good: nothing more can happen to it (ST4)
          }
          const before: Lifecycle = record;
          const snapshot = structuredClone(before);
          const outcome = s.kind === 'act' ? applyAction(before, s.act) : applyDecision(before, s.decision);
          expect(before).toEqual(snapshot); // the rules never change what they are given
          if (outcome.kind === 'refused') continue; // and a refused step leaves the record as it was
          if (outcome.kind === 'removed') {
            // ST4: only a new record's deletion, or an approved deletion, removes it.
            const pair = pairOfRecord(before);
            if (s.kind === 'act') expect(['新增/暂存', '新增/审核不通过']).toContain(pair);
            else expect([pair, s.decision]).toEqual(['删除/申报', 'approve']);
            record = null;
            continue;
          }
          expect(outcome.kind).toBe('record');
          const after = outcome.record;
          expect(reachablePairs).toContain(pairOfRecord(after));
          // What each step leaves in the record's data and 申请说明.
          if (s.kind === 'decide') expect(after.reason).toBe(''); // a decision ends the application
          if (s.kind === 'act' && s.act.action === 'edit') {
            const editsData = before.state === '新增' || before.state === '变更';
            expect(after.data).toEqual(editsData ? s.act.data : before.data);
            expect(after.reason).toBe(editsData ? before.reason : s.act.reason);
          }
          if (s.kind === 'act' && ['cancel', 'restore', 'delete'].includes(s.act.action)) {
            // A new draft starts from the last decided data, whatever draft it replaces.
            expect(after.data).toEqual(before.settled?.data ?? before.data);
            expect(after.reason).toBe('reason' in s.act ? s.act.reason : undefined);
          }
          if (s.kind === 'act' && s.act.action === 'change' && pairOfRecord(before) !== '变更/暂存') {
            expect(after.data).toEqual(before.settled?.data ?? before.data);
            expect(after.reason).toBe('');
          }
          if (s.kind === 'decide' && s.decision === 'reject') {
            if (['变更', '注销', '删除'].includes(before.state)) {
              // ST1, ST2, ST5: as it was before the application (the last decided data and states).
              expect(view(after)).toEqual(before.settled);
            }
            if (before.state === '恢复') expect(after.state).toBe('注销'); // ST3
            if (before.state === '新增') expect(pairOfRecord(after)).toBe('新增/审核不通过');
          }
          if (s.kind === 'decide' && s.decision === 'approve') {
            const expected = {
              新增: '正常/审核通过',
              变更: '变更/审核通过',
              注销: '注销/审核通过',
              恢复: '正常/审核通过',
            } as const;
            expect(pairOfRecord(after)).toBe(expected[before.state as keyof typeof expected]);
            expect(after.settled).toEqual(view(after));
          }
          record = after;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('ST1: a rejected change shows the record as it was, data and states', () => {
    const declared = applyAction(fresh(), { action: 'declare' });
    if (declared.kind !== 'record') throw new Error('declare refused');
    let r = applyDecision(declared.record, 'approve');
    const approved = (r as { record: Lifecycle }).record;
    r = applyAction(approved, { action: 'change' });
    r = applyAction((r as { record: Lifecycle }).record, { action: 'edit', data: sheetNamed('新名称') });
    r = applyAction((r as { record: Lifecycle }).record, { action: 'declare' });
    r = applyDecision((r as { record: Lifecycle }).record, 'reject');
    expect(view((r as { record: Lifecycle }).record)).toEqual(view(approved));
    expect((r as { record: Lifecycle }).record.data.product.nameCn).toBe('初稿');
  });
});
