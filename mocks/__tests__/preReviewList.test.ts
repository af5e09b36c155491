// 查询 in the service: filters, sorting and paging over the enterprise's own pre-reviews, at 10,000.
import { describe, expect, it, vi } from 'vitest';
import { SERVER_CHANGES_CHANNEL } from '@/contract/changes';
import { callApi, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';
import { database } from '../store/open';
import { transact } from '../store/transactions';
import { PRE_REVIEW_STORES, putPreReview } from '../domain/preReview/preReviewStore';

async function seedMany(count: number) {
  await transact(PRE_REVIEW_STORES, [], async (tx) => {
    // Exactly these records, without the standard scenario's.
    await Promise.all(PRE_REVIEW_STORES.map((name) => tx.objectStore(name).clear()));
    await Promise.all(
      Array.from({ length: count }, (_, i) => {
        const data = workedExample();
        data.product.nameCn = `产品${String(i).padStart(5, '0')}`;
        data.product.hsCode = i % 2 === 0 ? '84669310' : '85437099';
        const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
        return putPreReview(tx, {
          id: `pr-${i}`,
          number: `P${String(i + 1).padStart(4, '0')}`,
          enterpriseId: i % 10 === 9 ? 'ent-other' : 'ent-jinggong',
          version: 1,
          state: i % 3 === 0 ? '正常' : '新增',
          applicationStatus: i % 3 === 0 ? '审核通过' : '暂存',
          data,
          reason: '',
          settled: null,
          createdAt: at,
          updatedAt: at,
          declaredAt: null,
          decidedAt: null,
          opinion: null,
          applications: [],
          removedAt: null,
        });
      }),
    );
  });
}

describe('pre-review 查询 in the service', () => {
  it('filters, sorts and pages 10,000 records, never showing another enterprise’s', async () => {
    await seedMany(10_000);
    const token = await tokenFor('jinggong');
    const all = await callApi('GET', '/pre-reviews?page=1&pageSize=20', { token });
    expect(all.body.total).toBe(9_000);
    expect(all.body.preReviews).toHaveLength(20);
    expect(all.body.preReviews[0].id).toBe('pr-9998'); // newest first

    const filtered = await callApi(
      'GET',
      '/pre-reviews?hs=8466&state=正常&sort=nameCn&order=asc&pageSize=10&page=2',
      { token },
    );
    // i even (8466…), i divisible by 3 (正常), not i % 10 === 9: i ≡ 0 (mod 6) → 1,667 records, less those ending in 9 (none are even)
    expect(filtered.body.total).toBe(1_667);
    expect(filtered.body.preReviews.map((r: { nameCn: string }) => r.nameCn)).toEqual(
      Array.from({ length: 10 }, (_, k) => `产品${String((10 + k) * 6).padStart(5, '0')}`),
    );

    const named = await callApi('GET', `/pre-reviews?name=${encodeURIComponent('产品0004')}`, { token });
    expect(named.body.total).toBe(9); // 00040–00049 but 00049
  });

  it('answers nonsense in the query with 400 naming each parameter, and takes empty ones as left out', async () => {
    const token = await tokenFor('jinggong');
    const response = await callApi(
      'GET',
      '/pre-reviews?page=-3&pageSize=7&state=乱码&sort=evil&order=sideways&unknown=1',
      { token },
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('BAD_REQUEST');
    expect(response.body.fieldErrors.map((e: { path: string }) => e.path)).toEqual([
      'page',
      'pageSize',
      'state',
      'sort',
      'order',
    ]);
    expect(response.body.fieldErrors[1].message).toBe('查询参数 pageSize 的值“7”无效。');
    const empty = await callApi('GET', '/pre-reviews?page=&pageSize=&state=&q=', { token });
    const plain = await callApi('GET', '/pre-reviews', { token });
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ page: 1, pageSize: 20, total: plain.body.total });
  });
});

describe('查询 reads kept in memory', () => {
  it('sees this tab’s writes at once, and another tab’s once it announces them', async () => {
    const token = await tokenFor('jinggong');
    const names = async () =>
      (
        (await callApi('GET', '/pre-reviews?pageSize=100', { token })).body.preReviews as {
          nameCn: string;
        }[]
      ).map((r) => r.nameCn);
    expect(await names()).toContain('不锈钢法兰');

    // This tab: a save through the service shows in the next query.
    const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token });
    const data = {
      ...body.preReview.data,
      product: { ...body.preReview.data.product, nameCn: '不锈钢法兰盘' },
    };
    await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: body.preReview.version, declare: false, data },
    });
    expect(await names()).toContain('不锈钢法兰盘');

    // Another tab: it writes the shared database itself, then announces the change.
    const db = await database();
    const summary = await db.get('preReviewSummaries', 'pr-jinggong-flange');
    if (!summary) throw new Error('the seeded summary is missing');
    await db.put('preReviewSummaries', { ...summary, nameCn: '另一个标签页改的名称' });
    expect(await names()).not.toContain('另一个标签页改的名称'); // not yet told
    const otherTab = new BroadcastChannel(SERVER_CHANGES_CHANNEL);
    otherTab.postMessage({ kind: 'changed', resources: ['preReviews'] });
    otherTab.close();
    await vi.waitFor(async () => {
      const summaries = (
        await callApi(
          'GET',
          `/pre-reviews?${new URLSearchParams({ name: '另一个标签页', pageSize: '100' })}`,
          { token },
        )
      ).body;
      expect(summaries.total).toBe(1);
    });
  });
});
