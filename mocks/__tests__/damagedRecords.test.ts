// A damaged stored record never breaks a list: records are validated when read; an unreadable
// one is repaired from the seed or set aside (kept, in `damaged`), the demo notices say so, and
// every list still answers — over reloads too.
import { describe, expect, it } from 'vitest';
import { overwriteStored } from '@/test/rawRecords';
import { emptyProduct } from '@/contract/sheet';
import { callApi, tokenFor } from '@/test/callApi';
import { closeDatabase, database } from '../store/open';
import { countRecords, getRecord } from '../store/reads';
import { readMeta } from '../store/demoData';
import type { RecordStore } from '../store/stores';

const SEEDED_PRE_REVIEW = 'pr-jinggong-spindle';

/** Overwrites a stored record the way a faulty build or a hand edit in devtools would. */
async function damage(store: RecordStore, id: string, change: (record: Record<string, unknown>) => object) {
  await overwriteStored(store, id, change);
}

const breakPreReview = ({ applications: _gone, ...record }: Record<string, unknown>) => ({
  ...record,
  version: 'x',
});

async function everyListAnswers() {
  const customs = await tokenFor('haiguan');
  const jinggong = await tokenFor('jinggong');
  for (const [token, path] of [
    [customs, '/customs/applications?status=pending'],
    [customs, '/customs/applications?status=decided'],
    [customs, '/customs/verification-targets'],
    [jinggong, '/acceptance'],
    [jinggong, '/pre-reviews'],
    [jinggong, '/verifications'],
  ] as const) {
    const list = await callApi('GET', path, { token });
    expect(list.status, path).toBe(200);
  }
}

describe('damaged stored records', () => {
  it('a seeded pre-review with version "x" and no applications: lists answer, and it is repaired from the seed', async () => {
    const { status: seededStatus } = await callApi('GET', `/pre-reviews/${SEEDED_PRE_REVIEW}`, {
      token: await tokenFor('jinggong'),
    });
    expect(seededStatus).toBe(200);
    await damage('preReviews', SEEDED_PRE_REVIEW, breakPreReview);

    await everyListAnswers();
    const record = await callApi('GET', `/pre-reviews/${SEEDED_PRE_REVIEW}`, {
      token: await tokenFor('jinggong'),
    });
    expect(record.status).toBe(200);
    expect(record.body.preReview.version).toEqual(expect.any(Number));
    expect(Array.isArray(record.body.preReview.applications)).toBe(true);

    const meta = await readMeta();
    expect(meta.notices.map((n) => n.message).join()).toContain('有 1 条产品预审数据已损坏');
    expect(meta.notices.map((n) => n.message).join()).toContain('已恢复为初始演示数据');
    // The damaged copy is kept, not thrown away.
    expect(await countRecords('damaged')).toBe(1);
  });

  it('a pre-review the user made, damaged: set aside (kept), gone from 查询, said; stays so after a reload', async () => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('POST', '/pre-reviews', {
      token,
      idempotencyKey: 'damaged-own-pre-review',
      body: {
        version: 0,
        declare: false,
        data: { product: { ...emptyProduct(), nameCn: '手工损坏的预审' }, lines: [] },
      },
    });
    const id = body.preReview.id as string;
    await damage('preReviews', id, breakPreReview);

    await everyListAnswers();
    expect((await callApi('GET', `/pre-reviews/${id}`, { token })).status).toBe(404);
    const list = await callApi('GET', '/pre-reviews?pageSize=100', { token });
    expect(list.body.preReviews.map((r: { id: string }) => r.id)).not.toContain(id);
    expect(await countRecords('damaged')).toBe(1);
    const set = await getRecord('damaged', (await damagedIds())[0] ?? '');
    expect(set?.raw).toMatchObject({ data: { product: { nameCn: '手工损坏的预审' } } });
    expect((await readMeta()).notices.map((n) => n.message).join()).toContain('已移出');

    await closeDatabase();
    await database();
    await everyListAnswers();
  });

  it('a write that meets a damaged record answers 409 in Chinese and changes nothing; the record is then repaired', async () => {
    const token = await tokenFor('jinggong');
    const before = await callApi('GET', `/pre-reviews/${SEEDED_PRE_REVIEW}`, { token });
    await damage('preReviews', SEEDED_PRE_REVIEW, breakPreReview);
    const act = await callApi('POST', `/pre-reviews/${SEEDED_PRE_REVIEW}/actions`, {
      token,
      idempotencyKey: 'act-on-damaged',
      body: { version: before.body.preReview.version, action: 'cancel', reason: '停产' },
    });
    expect(act.status).toBe(409);
    expect(act.body.message).toContain('数据已损坏');
    expect((await callApi('GET', `/pre-reviews/${SEEDED_PRE_REVIEW}`, { token })).body.preReview.state).toBe(
      before.body.preReview.state,
    );
  });

  it('damaged list entries of a pre-review are derived again from it', async () => {
    await damage('preReviewSummaries', SEEDED_PRE_REVIEW, (summary) => ({ ...summary, nameCn: 42 }));
    const list = await callApi('GET', '/pre-reviews?pageSize=100', { token: await tokenFor('jinggong') });
    expect(list.status).toBe(200);
    expect(list.body.preReviews.map((r: { id: string }) => r.id)).toContain(SEEDED_PRE_REVIEW);
  });

  it('a damaged session, account or filing: refused or repaired, never a 500', async () => {
    const token = await tokenFor('jinggong');
    await damage('filings', 'filing-ent-jinggong', (filing) => ({ ...filing, history: 'oops' }));
    const filing = await callApi('GET', '/filing', { token });
    expect(filing.status).toBe(200);
    expect(filing.body.filing.filingNo).toBe('3107A19000187');

    await damage('sessions', token, ({ expiresAt: _gone, ...session }) => session);
    expect((await callApi('GET', '/filing', { token })).status).toBe(401);

    // The login that meets it says so (nothing was checked or counted); the seed's account is back.
    await damage('accounts', 'huamao', (account) => ({ ...account, role: 'admin' }));
    const login = () =>
      callApi('POST', '/auth/login', { body: { username: 'huamao', password: 'demo1234' } });
    const first = await login();
    expect(first.status).toBe(409);
    expect(first.body.message).toContain('已恢复为初始演示数据');
    expect((await login()).status).toBe(200);
  });

  it('many damaged at once: repaired in one pass, said in one notice, the list answers', async () => {
    const token = await tokenFor('jinggong');
    const ids = ['pr-jinggong-spindle', 'pr-jinggong-cylinder', 'pr-jinggong-reducer', 'pr-jinggong-wheel'];
    for (const id of ids) await damage('preReviews', id, breakPreReview);
    const before = (await readMeta()).notices.length;
    const list = await callApi('GET', '/customs/applications?status=decided', {
      token: await tokenFor('haiguan'),
    });
    expect(list.status).toBe(200);
    const notices = (await readMeta()).notices.slice(before).map((n) => n.message);
    expect(notices).toEqual(['有 4 条产品预审数据已损坏、无法读取：4 条已恢复为初始演示数据。']);
    expect((await callApi('GET', '/pre-reviews?pageSize=100', { token })).body.total).toBe(5);
  });
});

async function damagedIds(): Promise<string[]> {
  const db = await database();
  return (await db.getAllKeys('damaged')).map(String);
}
