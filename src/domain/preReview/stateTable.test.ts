// The action table against domain.md, written out here from its text (not from the model).
import { describe, expect, it } from 'vitest';
import { actions, allowedActions, checkAction, reachablePairs, type Action, type Pair } from './stateTable';

/** domain.md F3, "Actions allowed": 修改/申报 any X/暂存; the 变更, 注销, 删除 rows verbatim. */
const domainTable: Record<Action, string> = {
  edit: '新增/暂存 变更/暂存 注销/暂存 删除/暂存 恢复/暂存',
  declare: '新增/暂存 变更/暂存 注销/暂存 删除/暂存 恢复/暂存',
  change: '正常/审核通过 变更/审核通过 变更/暂存 注销/暂存 删除/暂存',
  cancel: '正常/审核通过 变更/审核通过 变更/暂存 删除/暂存',
  restore: '注销/审核通过 注销/审核不通过',
  delete:
    '新增/暂存 新增/审核不通过 正常/审核通过 变更/暂存 变更/审核通过 注销/暂存 注销/审核不通过 恢复/暂存',
};

describe('the pre-review action table', () => {
  it('has the fifteen reachable pairs of domain.md', () => {
    expect(reachablePairs).toHaveLength(15);
  });

  it.each(reachablePairs.flatMap((pair) => actions.map((action) => [pair, action] as const)))(
    '%s × %s matches domain.md',
    (pair: Pair, action: Action) => {
      const expected = domainTable[action].split(' ').includes(pair);
      expect(allowedActions(pair).includes(action)).toBe(expected);
      expect(checkAction(action, pair).ok).toBe(expected);
    },
  );

  it('allows nothing while an application is declared, and says why', () => {
    for (const pair of reachablePairs.filter((p) => p.endsWith('/申报')))
      expect(allowedActions(pair)).toEqual([]);
    expect(checkAction('change', '变更/申报')).toEqual({
      ok: false,
      reason: '已申报的产品预审在海关审核前不能进行任何操作。',
    });
  });

  it('keeps the seed’s gap: a cancelled, approved record cannot be deleted before it is restored', () => {
    expect(checkAction('delete', '注销/审核通过')).toEqual({
      ok: false,
      reason: '状态为“注销”、申请状态为“审核通过”的产品预审不能删除。',
    });
  });
});
