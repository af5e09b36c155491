// Each action from each pair that allows it, through the record's page against the mock service
// (domain.md F3, ST4); then customs outcomes ST1–ST5 through the console, and two tabs at once.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRE_REVIEW_STORES, putPreReview } from '@mocks/domain/preReview/preReviewStore';
import { seededPreReview, type SeedStep } from '@mocks/seed/preReviewHistory';
import {
  actionLabels,
  allowedActions,
  copiesToNew,
  reachablePairs,
  type Action,
  type Pair,
} from '@/domain/preReview/stateTable';
import { callApi, listedPreReviewIds } from '@/test/callApi';
import { declareAndConfirm } from '@/test/userActions';
import { renderApp, signIn } from '@/test/renderApp';
import { workedExample } from '@/test/workedExample';
import { transact } from '../../../../mocks/store/transactions';

const approved: SeedStep[] = [{ do: 'declare' }, { do: 'approve' }];
const cancelled: SeedStep[] = [
  ...approved,
  { do: 'cancel', reason: '停产' },
  { do: 'declare' },
  { do: 'approve' },
];
/** How to bring a new record into each reachable pair, through the model's own writes. */
const routeTo: Partial<Record<Pair, SeedStep[]>> = {
  '新增/暂存': [],
  '新增/申报': [{ do: 'declare' }],
  '新增/审核不通过': [{ do: 'declare' }, { do: 'reject', opinion: '资料不全' }],
  '正常/审核通过': approved,
  '变更/暂存': [...approved, { do: 'change' }],
  '变更/申报': [...approved, { do: 'change' }, { do: 'declare' }],
  '变更/审核通过': [...approved, { do: 'change' }, { do: 'declare' }, { do: 'approve' }],
  '注销/暂存': [...approved, { do: 'cancel', reason: '停产' }],
  '注销/申报': [...approved, { do: 'cancel', reason: '停产' }, { do: 'declare' }],
  '注销/审核通过': cancelled,
  '注销/审核不通过': [...cancelled, { do: 'restore', reason: '复产' }, { do: 'declare' }, { do: 'reject' }],
  '删除/暂存': [...approved, { do: 'delete', reason: '不再出口' }],
  '删除/申报': [...approved, { do: 'delete', reason: '不再出口' }, { do: 'declare' }],
  '恢复/暂存': [...cancelled, { do: 'restore', reason: '复产' }],
  '恢复/申报': [...cancelled, { do: 'restore', reason: '复产' }, { do: 'declare' }],
};

let placed = 0;
/** A record of 宁波海曙精工 standing in `pair`, with a name of its own. */
async function placeRecord(pair: Pair) {
  placed += 1;
  const data = workedExample();
  data.product.nameCn = `测试主轴${placed}`;
  const record = seededPreReview(
    { id: `pr-ui-${placed}`, enterpriseId: 'ent-jinggong', data, createdAt: new Date(Date.UTC(2026, 9, 1)) },
    routeTo[pair] ?? [],
  );
  await transact(PRE_REVIEW_STORES, ['preReviews'], (tx) => putPreReview(tx, record));
  return { id: record.id, name: data.product.nameCn };
}

async function pairOf(token: string, id: string) {
  const { status, body } = await callApi('GET', `/pre-reviews/${id}`, { token });
  return status === 200 ? `${body.preReview.state}/${body.preReview.applicationStatus}` : 'removed';
}

const shownPair = () => {
  const states = within(screen.getByLabelText('当前状态'));
  return `${states.getByText(/^状态/).querySelector('.ant-tag')?.textContent}/${states.getByText(/^申请状态/).querySelector('.ant-tag')?.textContent}`;
};

async function answerDialog(user: ReturnType<typeof renderApp>['user'], reason: string, ok: string) {
  const dialog = await screen.findByRole('dialog');
  const field = within(dialog).getByLabelText('申请说明');
  await user.clear(field);
  await user.click(field);
  await user.paste(reason);
  await user.click(within(dialog).getByRole('button', { name: ok }));
}

const cases = reachablePairs.flatMap((pair) => allowedActions(pair).map((action) => [pair, action] as const));

describe('产品预审 actions through the record page', () => {
  it('offers on each record exactly the actions the table allows, and none while declared', async () => {
    const token = await signIn('jinggong');
    for (const pair of ['新增/申报', '注销/审核通过', '注销/审核不通过'] as const) {
      const { id, name } = await placeRecord(pair);
      const { unmount } = renderApp(`/pre-reviews/${id}`);
      await screen.findByRole('heading', { name, level: 2 }, { timeout: 5_000 });
      const offered = within(screen.getByRole('group', { name: '可办理的操作' }))
        .queryAllByRole('button')
        .map((b) => b.textContent?.replace(/\s/g, ''));
      expect(offered).toEqual(allowedActions(pair).map((a) => actionLabels[a]));
      expect(await pairOf(token, id)).toBe(pair);
      unmount();
    }
  });

  it.each(cases)('from %s: %s', async (pair: Pair, action: Action) => {
    const token = await signIn('jinggong');
    const { id, name } = await placeRecord(pair);
    const { user, router } = renderApp(`/pre-reviews/${id}`);
    await screen.findByRole('heading', { name, level: 2 }, { timeout: 5_000 });
    const state = pair.split('/')[0];
    const editsData = state === '新增' || state === '变更';

    switch (action) {
      case 'edit':
        if (editsData) {
          await user.click(screen.getByRole('button', { name: `修改 ${name}` }));
          expect(await screen.findByRole('heading', { name: '修改产品预审' })).toBeInTheDocument();
          expect(router.state.location.pathname).toBe(`/pre-reviews/${id}/edit`);
        } else {
          await user.click(screen.getByRole('button', { name: `修改 ${name} 的申请说明` }));
          await answerDialog(user, '改写后的申请说明', '保存');
          expect(await screen.findByText('申请说明已保存（暂存），请申报。')).toBeInTheDocument();
          expect(await screen.findByText('申请说明：改写后的申请说明')).toBeInTheDocument();
        }
        expect(await pairOf(token, id)).toBe(pair);
        return;
      case 'declare':
        if (editsData) {
          await user.click(screen.getByRole('button', { name: `修改 ${name}` }));
          await declareAndConfirm(user);
        } else {
          await declareAndConfirm(user, screen.getByRole('button', { name: `申报 ${name} 的${state}申请` }));
        }
        expect(await screen.findByText('已申报，请等待海关审核。')).toBeInTheDocument();
        await waitFor(() => expect(shownPair()).toBe(`${state}/申报`));
        expect(await pairOf(token, id)).toBe(`${state}/申报`);
        return;
      case 'change':
        await user.click(screen.getByRole('button', { name: `变更 ${name}` }));
        expect(await screen.findByRole('heading', { name: '修改产品预审' })).toBeInTheDocument();
        expect(await pairOf(token, id)).toBe('变更/暂存');
        return;
      default: {
        await user.click(screen.getByRole('button', { name: `${actionLabels[action]} ${name}` }));
        if (action === 'delete' && state === '新增') {
          // ST4: removed at once, so the dialog only confirms: no 申请说明, nothing to declare.
          const dialog = await screen.findByRole('dialog');
          expect(dialog).toHaveTextContent('将立即删除，不需要申报。删除后不可恢复。');
          expect(within(dialog).queryByLabelText('申请说明')).not.toBeInTheDocument();
          await user.click(within(dialog).getByRole('button', { name: '确定删除' }));
          expect(await screen.findByText(`已删除 ${name}。`)).toBeInTheDocument();
          await waitFor(() => expect(router.state.location.pathname).toBe('/pre-reviews'));
          expect(await pairOf(token, id)).toBe('removed');
          expect(await listedPreReviewIds(token)).not.toContain(id);
          return;
        }
        // Two steps, and the dialog says so: this makes a draft, to be declared.
        expect(await screen.findByRole('dialog')).toHaveTextContent(
          `确定后生成一份${actionLabels[action]}申请（暂存），还需申报`,
        );
        await answerDialog(user, '申请说明文字', `暂存${actionLabels[action]}申请`);
        const draft = { cancel: '注销/暂存', restore: '恢复/暂存', delete: '删除/暂存' }[action];
        expect(
          await screen.findByText(`已生成${actionLabels[action]}申请（暂存），请申报。`),
        ).toBeInTheDocument();
        await waitFor(() => expect(shownPair()).toBe(draft));
        expect(await pairOf(token, id)).toBe(draft);
      }
    }
  });

  it.each(['cancel', 'delete'] as const)('%s and 申报 in one step from the dialog', async (action) => {
    const { id, name } = await placeRecord('正常/审核通过');
    const { user, token } = await openRecord(id, name);
    await user.click(screen.getByRole('button', { name: `${actionLabels[action]} ${name}` }));
    await answerDialog(user, '不再生产', `${actionLabels[action]}并申报`);
    expect(
      await screen.findByText(`已申报${actionLabels[action]}申请，请等待海关审核。`),
    ).toBeInTheDocument();
    const declared = `${actionLabels[action]}/申报`;
    await waitFor(() => expect(shownPair()).toBe(declared));
    expect(await pairOf(token, id)).toBe(declared);
    expect(screen.getByRole('region', { name: '办理情况' })).toHaveTextContent(
      `${actionLabels[action]}申请已申报，海关审核中`,
    );
  });

  it('the service still asks for a 申请说明 where a deletion goes to customs, not where it removes at once', async () => {
    const approved = await placeRecord('正常/审核通过');
    const token = await signIn('jinggong');
    const version = (await callApi('GET', `/pre-reviews/${approved.id}`, { token })).body.preReview.version;
    const refused = await callApi('POST', `/pre-reviews/${approved.id}/actions`, {
      token,
      idempotencyKey: 'delete-without-reason',
      body: { version, action: 'delete', reason: '  ' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.fieldErrors).toEqual([{ path: 'reason', message: '请填写申请说明' }]);
    expect(await pairOf(token, approved.id)).toBe('正常/审核通过');

    const draft = await placeRecord('新增/暂存');
    const draftVersion = (await callApi('GET', `/pre-reviews/${draft.id}`, { token })).body.preReview.version;
    const removed = await callApi('POST', `/pre-reviews/${draft.id}/actions`, {
      token,
      idempotencyKey: 'delete-draft',
      body: { version: draftVersion, action: 'delete', reason: '' },
    });
    expect(removed).toMatchObject({ status: 200, body: { preReview: null } });
  });
});

const ENTERPRISE = '宁波海曙精工机械有限公司';

/** Customs decides the one pending pre-review application through the console. */
async function decideInConsole(kindLabel: string, decision: '审核通过' | '审核不通过') {
  await signIn('haiguan');
  const { user, unmount } = renderApp('/customs');
  await user.click(
    await screen.findByRole('button', { name: `审核 ${ENTERPRISE} 的${kindLabel}` }, { timeout: 5_000 }),
  );
  const drawer = await screen.findByRole('dialog');
  await user.click(await within(drawer).findByRole('radio', { name: decision }));
  if (decision === '审核不通过') {
    await user.click(within(drawer).getByLabelText('审核意见'));
    await user.paste('与申报资料不符');
  }
  await user.click(within(drawer).getByRole('button', { name: '提交审核结果' }));
  // The receipt goes on to say whether the next application on the page was opened.
  expect(
    await screen.findByText((text) => text.startsWith(`已审核：${ENTERPRISE} 的${kindLabel}${decision}。`)),
  ).toBeInTheDocument();
  unmount();
}

async function openRecord(id: string, name: string) {
  const token = await signIn('jinggong');
  const app = renderApp(`/pre-reviews/${id}`);
  await screen.findByRole('heading', { name, level: 2 }, { timeout: 5_000 });
  return { ...app, token };
}

const history = () => within(screen.getByRole('region', { name: '申请记录' }));

describe('复制为新申请', () => {
  it('copies a refused new application into a new draft with its own 预审编号, the original kept', async () => {
    const { id, name } = await placeRecord('新增/审核不通过');
    const { user, token, router } = await openRecord(id, name);
    const original = (await callApi('GET', `/pre-reviews/${id}`, { token })).body.preReview;
    const offered = within(screen.getByRole('group', { name: '可办理的操作' }))
      .queryAllByRole('button')
      .map((b) => b.textContent?.replace(/\s/g, ''));
    expect(offered).toEqual(['复制为新申请', '删除']);

    await user.click(screen.getByRole('button', { name: `复制 ${name} 为新申请` }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('原申请保持不变');
    await user.click(within(dialog).getByRole('button', { name: '复制并打开' }));

    expect(await screen.findByText('已复制为新申请（暂存），请修改后申报。')).toBeInTheDocument();
    expect(screen.getByText('（预审编号 3107A19000187-P0006）')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '修改产品预审' })).toBeInTheDocument();
    const copyId = router.state.location.pathname.split('/')[2] ?? '';
    expect(copyId).not.toBe(id);
    expect(screen.getByLabelText('产品中文名称')).toHaveValue(name);
    const copy = (await callApi('GET', `/pre-reviews/${copyId}`, { token })).body.preReview;
    expect(copy).toMatchObject({ state: '新增', applicationStatus: '暂存', data: original.data });
    expect(copy.number).toBe('3107A19000187-P0006'); // the next of the run, not the original's
    expect(await pairOf(token, id)).toBe('新增/审核不通过');
  });

  it('is offered only on a refused new application', async () => {
    for (const pair of reachablePairs.filter((p) => p !== '新增/审核不通过')) {
      expect(copiesToNew(pair)).toBe(false);
    }
    const { id, name } = await placeRecord('正常/审核通过');
    await openRecord(id, name);
    expect(screen.queryByRole('button', { name: `复制 ${name} 为新申请` })).not.toBeInTheDocument();
  });
});

describe('customs outcomes through the console', () => {
  it('ST1: a rejected change shows the record as it was, and the rejected change with its diff in the history', async () => {
    const data = workedExample();
    const renamed = workedExample();
    renamed.product.nameCn = '数控机床主轴（新名称）';
    const record = seededPreReview(
      { id: 'pr-st1', enterpriseId: 'ent-jinggong', data, createdAt: new Date(Date.UTC(2026, 9, 1)) },
      [...approved, { do: 'change' }, { do: 'declare', data: renamed }],
    );
    await transact(PRE_REVIEW_STORES, ['preReviews'], (tx) => putPreReview(tx, record));
    await decideInConsole('产品预审变更申请', '审核不通过');

    const { user } = await openRecord('pr-st1', '数控机床主轴');
    expect(shownPair()).toBe('正常/审核通过');
    // Said in words: the change was refused, the data is what customs approved before it.
    const outcome = screen.getByRole('region', { name: '办理情况' });
    expect(outcome).toHaveTextContent('变更申请未通过审核，产品预审已恢复为变更前的内容');
    expect(outcome).toHaveTextContent('变更前经海关审核的数据（正常/审核通过）');
    expect(outcome).toHaveTextContent('海关审核意见：与申报资料不符');
    const rejected = history().getByText('产品预审变更申请').closest('tr') as HTMLElement;
    expect(rejected).toHaveTextContent('审核不通过');
    expect(rejected).toHaveTextContent('与申报资料不符');
    await user.click(within(rejected).getByRole('button', { name: /展开/ }));
    const diff = await screen.findByRole('table', { name: '第 2 次申请的变更内容' });
    const nameRow = within(diff).getByText('产品中文名称').closest('tr');
    expect(nameRow).toHaveTextContent('数控机床主轴');
    expect(nameRow).toHaveTextContent('数控机床主轴（新名称）');
    // The record's lines: each amount column with one number of decimals, so it lines up.
    const lines = screen.getByRole('group', { name: '产品生产明细（可左右滚动）' });
    const steel = within(lines).getByText('合金钢棒').closest('tr') as HTMLElement;
    expect([...steel.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '1',
      '合金钢棒',
      '72285000',
      '日本',
      '千克',
      '12.50',
      '2',
      '10.00',
      '15.00',
    ]);
  });

  it.each([
    [
      'ST2',
      '注销/申报',
      '产品预审注销申请',
      '审核不通过',
      '正常/审核通过',
      '注销申请未通过审核，产品预审未注销',
    ],
    [
      'ST3',
      '恢复/申报',
      '产品预审恢复申请',
      '审核不通过',
      '注销/审核不通过',
      '恢复申请未通过审核，产品预审仍为已注销',
    ],
    [
      'ST5',
      '删除/申报',
      '产品预审删除申请',
      '审核不通过',
      '正常/审核通过',
      '删除申请未通过审核，产品预审未删除',
    ],
    ['approved change', '变更/申报', '产品预审变更申请', '审核通过', '变更/审核通过', '变更申请审核通过'],
    ['approved cancellation', '注销/申报', '产品预审注销申请', '审核通过', '注销/审核通过', '已注销'],
    [
      'approved restore',
      '恢复/申报',
      '产品预审恢复申请',
      '审核通过',
      '正常/审核通过',
      '恢复申请审核通过，产品预审重新有效',
    ],
  ] as const)(
    '%s: %s %s → %s shows %s, and says so',
    async (_rule, pair, kindLabel, decision, shown, said) => {
      const { id, name } = await placeRecord(pair);
      await decideInConsole(kindLabel, decision);
      const record = await openRecord(id, name);
      expect(shownPair()).toBe(shown);
      expect(history().getAllByRole('row')[1]).toHaveTextContent(`${kindLabel}${decision}`);
      const outcome = screen.getByRole('region', { name: '办理情况' });
      expect(outcome).toHaveTextContent(said);
      // The list says the same in the record's row.
      record.unmount();
      renderApp('/pre-reviews');
      const list = await screen.findByRole('table');
      await waitFor(() => expect(list.querySelector(`tr[data-row-key="${id}"]`)).not.toBeNull());
      const row = list.querySelector(`tr[data-row-key="${id}"]`) as HTMLElement;
      expect(row).toHaveTextContent(name);
      expect(within(row).getByText(said)).toBeInTheDocument();
    },
  );

  it('ST4: an approved deletion removes the record from the list for good; the console keeps the decision', async () => {
    const { id, name } = await placeRecord('删除/申报');
    await decideInConsole('产品预审删除申请', '审核通过');
    const token = await signIn('jinggong');
    expect(await listedPreReviewIds(token)).not.toContain(id);
    const gone = await callApi('GET', `/pre-reviews/${id}`, { token });
    expect(gone).toMatchObject({ status: 404, body: { message: '该产品预审已删除，删除后不可恢复。' } });
    const restore = await callApi('POST', `/pre-reviews/${id}/actions`, {
      token,
      idempotencyKey: 'restore-deleted',
      body: { version: 1, action: 'restore', reason: '误删' },
    });
    expect(restore.status).toBe(404);

    await signIn('haiguan');
    const { user } = renderApp('/customs');
    await user.click(await screen.findByRole('tab', { name: '已审核' }));
    const row = (await screen.findAllByText(new RegExp(name))).map((el) => el.closest('tr'))[0];
    expect(row).toHaveTextContent('产品预审删除申请');
    expect(row).toHaveTextContent('审核通过');
  });
});

describe('two tabs on one record', () => {
  it('a dialog opened before another tab acted gets a conflict, not a silent overwrite', async () => {
    const { id, name } = await placeRecord('正常/审核通过');
    const { user, token } = await openRecord(id, name);
    await user.click(screen.getByRole('button', { name: `注销 ${name}` }));
    const dialog = await screen.findByRole('dialog');
    // Meanwhile, in another tab: a deletion draft.
    const seen = (await callApi('GET', `/pre-reviews/${id}`, { token })).body.preReview.version;
    const other = await callApi('POST', `/pre-reviews/${id}/actions`, {
      token,
      idempotencyKey: 'other-tab-delete',
      body: { version: seen, action: 'delete', reason: '另一个窗口' },
    });
    expect(other.status).toBe(200);
    await user.click(within(dialog).getByLabelText('申请说明'));
    await user.paste('该型号已停产');
    await user.click(within(dialog).getByRole('button', { name: '暂存注销申请' }));
    expect(await within(dialog).findByText(/该记录已在其他窗口或由其他人修改/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('申请说明')).toHaveValue('该型号已停产'); // nothing typed is lost
    expect(await pairOf(token, id)).toBe('删除/暂存');
    // The page catches up with what the other tab did.
    await waitFor(() => expect(shownPair()).toBe('删除/暂存'));
  });
});

describe('the 申请说明', () => {
  it('is held to its limit in the dialog, as the service holds it: said on the field, nothing sent', async () => {
    const { id, name } = await placeRecord('正常/审核通过');
    const { user, token } = await openRecord(id, name);
    await user.click(screen.getByRole('button', { name: `注销 ${name}` }));
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getByLabelText('申请说明');
    await user.click(field);
    await user.paste('停'.repeat(501));
    await user.click(within(dialog).getByRole('button', { name: '暂存注销申请' }));
    expect(await within(dialog).findByText('申请说明不能超过500个字符')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('停'.repeat(501)); // never cut
    expect(await pairOf(token, id)).toBe('正常/审核通过');
  });
});
