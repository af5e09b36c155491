// 预审编号 as the customs service gives it: every pre-review gets the enterprise's 备案号 and the
// next number of its own run when it is created; the number never changes, is never reused (not
// even after a draft is deleted), and a client cannot choose it. Data stored before numbers
// existed gets them in the order its records were created.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';
import { buildScenario } from '../scenarios';
import { DB_NAME, deleteDatabase } from '../store/open';
import { isEnterpriseScoped, recordStores } from '../store/stores';

const FILING_NO = '3107A19000187';

async function numberOf(token: string, id: string): Promise<string> {
  const { body } = await callApi('GET', `/pre-reviews/${id}`, { token });
  return body.preReview.number;
}

async function create(token: string, key: string, extra: Record<string, unknown> = {}) {
  const response = await callApi('POST', '/pre-reviews', {
    token,
    idempotencyKey: key,
    body: { version: 0, declare: false, data: workedExample(), ...extra },
  });
  expect(response.status).toBe(201);
  return response.body.preReview as { id: string; number: string; version: number };
}

describe('预审编号 in the service', () => {
  it('numbers the seeded pre-reviews after the 备案号, oldest first', async () => {
    const token = await tokenFor('jinggong');
    // The seed's five, created 60, 45, 30, 10 and 2 days ago.
    const ids = [
      'pr-jinggong-spindle',
      'pr-jinggong-cylinder',
      'pr-jinggong-reducer',
      'pr-jinggong-wheel',
      'pr-jinggong-flange',
    ];
    const numbers = await Promise.all(ids.map((id) => numberOf(token, id)));
    expect(numbers).toEqual([1, 2, 3, 4, 5].map((n) => `${FILING_NO}-P000${n}`));
    const { body } = await callApi('GET', '/pre-reviews?pageSize=50', { token });
    const listed = new Map(
      (body.preReviews as { id: string; number: string }[]).map((row) => [row.id, row.number]),
    );
    expect(ids.map((id) => listed.get(id))).toEqual(numbers);
  });

  it('gives a new one the next number, keeps it through 申报, and never reuses a deleted draft’s', async () => {
    const token = await tokenFor('jinggong');
    const first = await create(token, 'number-first');
    expect(first.number).toBe(`${FILING_NO}-P0006`);

    const declared = await callApi('PUT', `/pre-reviews/${first.id}`, {
      token,
      idempotencyKey: 'number-declare',
      body: { version: first.version, declare: true, data: workedExample() },
    });
    expect(declared.body.preReview.number).toBe(`${FILING_NO}-P0006`);

    // A draft never declared leaves nothing behind (ST4), but its number stays used.
    const draft = await create(token, 'number-draft');
    expect(draft.number).toBe(`${FILING_NO}-P0007`);
    const deleted = await callApi('POST', `/pre-reviews/${draft.id}/actions`, {
      token,
      idempotencyKey: 'number-delete',
      body: { version: draft.version, action: 'delete', reason: '' },
    });
    expect(deleted.body).toEqual({ preReview: null });
    expect((await create(token, 'number-after-delete')).number).toBe(`${FILING_NO}-P0008`);
  });

  it('ignores a number the client sends, and a repeated submission takes no second number', async () => {
    const token = await tokenFor('jinggong');
    const chosen = await create(token, 'number-chosen', { number: 'P9999' });
    expect(chosen.number).toBe(`${FILING_NO}-P0006`);
    const again = await create(token, 'number-chosen', { number: 'P9999' });
    expect(again).toEqual(chosen);
    expect((await create(token, 'number-next')).number).toBe(`${FILING_NO}-P0007`);
  });

  it('查询 finds a pre-review by its 预审编号 or a part of it, in any letter case', async () => {
    const token = await tokenFor('jinggong');
    const found = async (number: string) => {
      const { body } = await callApi('GET', `/pre-reviews?number=${encodeURIComponent(number)}`, { token });
      return (body.preReviews as { id: string }[]).map((row) => row.id);
    };
    expect(await found(`${FILING_NO}-P0004`)).toEqual(['pr-jinggong-wheel']);
    expect(await found('p0002')).toEqual(['pr-jinggong-cylinder']);
    expect(await found('P0099')).toEqual([]);
  });

  it('numbers data stored before 预审编号 existed (v9), oldest first, after the seed’s', async () => {
    const seed = await buildScenario('standard');
    const unnumbered = (seed.preReviews ?? []).map(({ number: _number, ...rest }) => rest);
    const userMade = {
      ...unnumbered[0],
      id: 'pr-user-made',
      createdAt: new Date(Date.now() - 60_000).toISOString(),
    };
    const stores: Record<string, readonly unknown[]> = {
      ...seed,
      enterprises: (seed.enterprises ?? []).map(({ preReviewsNumbered: _n, ...rest }) => rest),
      preReviews: [userMade, ...unnumbered],
    };
    await deleteDatabase();
    const db = await openDB(DB_NAME, 1, {
      upgrade(upgrading) {
        upgrading.createObjectStore('meta', { keyPath: 'key' });
        for (const name of recordStores) {
          const store = upgrading.createObjectStore(name, { keyPath: 'id' });
          if (isEnterpriseScoped(name)) store.createIndex('enterpriseId', 'enterpriseId');
        }
      },
    });
    await db.put('meta', {
      key: 'meta',
      dataVersion: 9,
      scenario: 'standard',
      seededAt: '2026-11-01T00:00:00.000Z',
      notices: [],
    } as never);
    for (const [store, rows] of Object.entries(stores))
      if (db.objectStoreNames.contains(store)) for (const row of rows) await db.put(store, row as never);
    db.close();

    const token = await tokenFor('jinggong');
    expect(await numberOf(token, 'pr-jinggong-spindle')).toBe(`${FILING_NO}-P0001`);
    expect(await numberOf(token, 'pr-jinggong-flange')).toBe(`${FILING_NO}-P0005`);
    expect(await numberOf(token, 'pr-user-made')).toBe(`${FILING_NO}-P0006`);
    expect((await create(token, 'number-after-migration')).number).toBe(`${FILING_NO}-P0007`);
  });
});
