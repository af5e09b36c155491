// Every pair a record can be in, after any last application, is explained in words (no rule
// codes); a refused change, cancellation, restore or deletion says it was refused (ST1–ST3, ST5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationKinds } from '@/contract/preReview';
import { explainState } from './stateExplanation';
import { reachablePairs, type Pair } from './stateTable';

const split = (pair: Pair) => pair.split('/') as [never, never];
const last = fc.option(
  fc.record({
    kind: fc.constantFrom(...applicationKinds),
    status: fc.constantFrom('申报' as const, '审核通过' as const, '审核不通过' as const),
  }),
);

describe('explainState', () => {
  it('explains every reachable pair after any last application, in words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...reachablePairs), last, (pair, application) => {
        const explained = explainState(...split(pair), application);
        expect(explained.title.length).toBeGreaterThan(0);
        expect(explained.detail.length).toBeGreaterThan(0);
        expect(`${explained.title}${explained.detail}`).not.toMatch(/(FR|PR|ST|VR)\d/);
      }),
    );
  });

  it.each([
    ['ST1', '正常/审核通过', '变更', '变更申请未通过审核，产品预审已恢复为变更前的内容'],
    [
      'ST1 after an approved change',
      '变更/审核通过',
      '变更',
      '变更申请未通过审核，产品预审已恢复为变更前的内容',
    ],
    ['ST2', '正常/审核通过', '注销', '注销申请未通过审核，产品预审未注销'],
    ['ST3', '注销/审核不通过', '恢复', '恢复申请未通过审核，产品预审仍为已注销'],
    ['ST5', '变更/审核通过', '删除', '删除申请未通过审核，产品预审未删除'],
  ] as const)('%s: %s after a refused %s says so', (_rule, pair, kind, title) => {
    expect(explainState(...split(pair), { kind, status: '审核不通过' }).title).toBe(title);
  });

  it('a draft or a declared application is explained as such, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...reachablePairs.filter((p) => p.endsWith('/暂存') || p.endsWith('/申报'))),
        last,
        (pair, application) => {
          const { title } = explainState(...split(pair), application);
          expect(title).toMatch(pair.endsWith('/暂存') ? /暂存|草稿/ : /审核中/);
        },
      ),
    );
  });
});
