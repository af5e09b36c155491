// 受理情况查询 in the service: every kind of application appears once declared and follows
// customs' decision, read from the same records the features write; filters, sorting, tenancy.
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';
import { workedExample } from '@/test/workedExample';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-acceptance`;

interface Item {
  id: string;
  type: string;
  subject: string;
  status: string;
  opinion: string | null;
  approvalReceipt?: string;
  recordId: string;
  area: string;
  declaredAt: string;
}

async function acceptance(
  token: string,
  query = 'pageSize=100',
): Promise<{ items: Item[]; total: number; counts: Record<string, number>; recentDecisions: Item[] }> {
  const { status, body } = await callApi('GET', `/acceptance?${query}`, { token });
  expect(status).toBe(200);
  return body;
}

async function decide(kind: string, recordId: string, decision: 'approve' | 'reject', opinion = '') {
  const customs = await tokenFor('haiguan');
  const queue = await callApi('GET', '/customs/applications?status=pending', { token: customs });
  const item = queue.body.items.find(
    (i: { kind: string; recordId: string }) => i.kind === kind && i.recordId === recordId,
  );
  expect(item).toBeDefined();
  const response = await callApi('POST', `/customs/applications/${kind}/${recordId}/decision`, {
    token: customs,
    idempotencyKey: key('decide'),
    body: { version: item.version, decision, opinion },
  });
  expect(response.status).toBe(200);
}

describe('受理情况查询 in the service', () => {
  it('lists the seeded history from before the platform, each with its receipt and record', async () => {
    const token = await tokenFor('jinggong');
    const { items } = await acceptance(token, 'from=2019-01-01&to=2019-12-31&sort=declaredAt&order=asc');
    expect(items.map((i) => [i.type, i.status])).toEqual([
      ['filing', '审核通过'],
      ['personnel', '审核通过'],
    ]);
    expect(items[0]?.approvalReceipt).toBe('备案审核通过，备案号是3107A19000187');
    const all = await acceptance(token);
    const agency = all.items.find((i) => i.type === 'agency');
    expect(agency).toMatchObject({ status: '已生效', area: 'agencies' });
    const verification = all.items.find((i) => i.type === 'verificationResponse');
    expect(verification).toMatchObject({ status: '审核通过', area: 'verification' });
  });

  it('shows a filing as declared, then approved with its 备案号; a withdrawn one as 已撤回, never in the console', async () => {
    const token = await tokenFor('huafeng');
    const pending = (await acceptance(token)).items.find((i) => i.type === 'filing');
    expect(pending).toMatchObject({ status: '待审核', decidedAt: null });
    expect(pending?.approvalReceipt).toBeUndefined();
    await decide('filing', pending?.recordId ?? '', 'approve');
    const approved = (await acceptance(token)).items.find((i) => i.id === pending?.id);
    expect(approved?.status).toBe('审核通过');
    expect(approved?.approvalReceipt).toMatch(/^备案审核通过，备案号是2903A\d+/);

    const other = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/filing', { token: other });
    const change = await callApi('POST', '/filing/change/declare', {
      token: other,
      idempotencyKey: key('change'),
      body: { version: body.filing.version, data: { ...body.filing.approved, contactName: '王丽' } },
    });
    expect(change.status).toBe(200);
    const declared = (await acceptance(other, 'type=filingChange&status=待审核')).items;
    expect(declared).toHaveLength(1);
    await callApi('POST', '/filing/withdraw', {
      token: other,
      idempotencyKey: key('withdraw'),
      body: { version: change.body.filing.version },
    });
    expect((await acceptance(other, 'type=filingChange&status=已撤回')).items.map((i) => i.id)).toEqual([
      declared[0]?.id,
    ]);
    const customs = await tokenFor('haiguan');
    for (const status of ['pending', 'decided']) {
      const queue = await callApi('GET', `/customs/applications?status=${status}`, { token: customs });
      expect(queue.body.items.map((i: { id: string }) => `filing:${i.id}`)).not.toContain(declared[0]?.id);
    }

    // Declared again and approved: its receipt names the 备案号.
    const again = await callApi('GET', '/filing', { token: other });
    await callApi('POST', '/filing/change/declare', {
      token: other,
      idempotencyKey: key('change-again'),
      body: {
        version: again.body.filing.version,
        data: { ...again.body.filing.approved, contactName: '王丽' },
      },
    });
    await decide('filing', again.body.filing.id, 'approve');
    const changed = (await acceptance(other, 'type=filingChange&status=审核通过&sort=decidedAt&order=desc'))
      .items[0];
    expect(changed?.approvalReceipt).toBe('备案变更审核通过，备案号是3107A19000187');
  });

  it('follows a person, each kind of pre-review application and a verification response through customs', async () => {
    const token = await tokenFor('jinggong');
    const file = async (name: string, purpose: string) =>
      (await uploadBytes(token, pdfBytes(), name, key('file'), purpose)).body.file;
    const person = await callApi('POST', '/personnel', {
      token,
      idempotencyKey: key('person'),
      body: {
        version: 0,
        declare: true,
        data: {
          name: '赵强',
          idNumber: '440304198501011235',
          mobile: '13612345678',
          powerOfAttorney: await file('授权委托书.pdf', 'personnel'),
          idCardCopy: await file('身份证.pdf', 'personnel'),
        },
      },
    });
    expect(person.status).toBe(201);
    expect((await acceptance(token, 'type=personnel&status=待审核')).items.map((i) => i.subject)).toEqual([
      '赵强',
    ]);
    await decide('personnel', person.body.person.id, 'reject', '授权委托书未盖章');
    const rejected = (await acceptance(token, 'type=personnel&status=审核不通过')).items[0];
    expect(rejected).toMatchObject({ subject: '赵强', opinion: '授权委托书未盖章' });
    expect(rejected).toMatchObject({ status: '审核不通过', opinion: '授权委托书未盖章' });

    const data = workedExample();
    data.product.nameCn = '受理查询主轴';
    const created = await callApi('POST', '/pre-reviews', {
      token,
      idempotencyKey: key('pre'),
      body: { version: 0, declare: true, data },
    });
    const id = created.body.preReview.id;
    const kindsOf = async () =>
      (await acceptance(token)).items
        .filter((i) => i.recordId === id)
        .map((i) => `${i.type}/${i.status}`)
        .sort();
    expect(await kindsOf()).toEqual(['preReviewNew/待审核']);
    await decide('preReview', id, 'approve');
    const current = async () => (await callApi('GET', `/pre-reviews/${id}`, { token })).body.preReview;
    for (const [action, reason] of [
      ['change', ''],
      ['cancel', '停产'],
      ['restore', '复产'],
      ['delete', '不再出口'],
    ] as const) {
      const acted = await callApi('POST', `/pre-reviews/${id}/actions`, {
        token,
        idempotencyKey: key(action),
        body: { version: (await current()).version, action, ...(reason ? { reason } : {}) },
      });
      expect(acted.status).toBe(200);
      const record = await current();
      await callApi('PUT', `/pre-reviews/${id}`, {
        token,
        idempotencyKey: key('declare'),
        body: { version: record.version, declare: true, data: record.data },
      });
      await decide('preReview', id, 'approve');
    }
    expect(await kindsOf()).toEqual([
      'preReviewCancel/审核通过',
      'preReviewChange/审核通过',
      'preReviewDelete/审核通过',
      'preReviewNew/审核通过',
      'preReviewRestore/审核通过',
    ]);

    const flow = await file('工艺流程.pdf', 'verification');
    const list = await file('采购清单.pdf', 'verification');
    await callApi('POST', '/verifications/vr-jinggong-spindle/response', {
      token,
      idempotencyKey: key('respond'),
      body: {
        version: 1,
        reply: '资料如附件',
        attachments: [
          { document: 'processFlow', file: flow },
          { document: 'purchaseList', file: list },
        ],
      },
    });
    const responded = (await acceptance(token, 'type=verificationResponse&status=待审核')).items;
    expect(responded.map((i) => i.recordId)).toEqual(['vr-jinggong-spindle']);
    await decide('verification', 'vr-jinggong-spindle', 'reject', '请补充发票');
    const returned = (await acceptance(token, 'type=verificationResponse&status=审核不通过')).items[0];
    expect(returned).toMatchObject({ status: '审核不通过', opinion: '请补充发票' });
    const { recentDecisions } = await acceptance(token);
    expect(recentDecisions[0]).toMatchObject({ type: 'verificationResponse', status: '审核不通过' });
  });

  it('sorts, pages and keeps each enterprise to its own applications', async () => {
    const token = await tokenFor('jinggong');
    const byDecision = await acceptance(token, 'sort=decidedAt&order=asc&pageSize=10');
    const times = byDecision.items.map((i) => (i as unknown as { decidedAt: string | null }).decidedAt ?? '');
    expect(times.filter(Boolean)).toEqual([...times.filter(Boolean)].sort());
    expect(byDecision.total).toBeGreaterThan(0);
    const other = await acceptance(await tokenFor('xinqi'));
    expect(other.items).toEqual([]);
    // A parameter the list knows, with a value it does not take, is 400 naming each one.
    const nonsense = await callApi('GET', '/acceptance?type=乱码&status=?&sort=evil&page=-1&pageSize=7', {
      token,
    });
    expect(nonsense.status).toBe(400);
    expect(nonsense.body.fieldErrors.map((e: { path: string }) => e.path).sort()).toEqual([
      'page',
      'pageSize',
      'sort',
      'status',
      'type',
    ]);
  });
});
