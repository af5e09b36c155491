// The console's index (review/reviewIndex.ts) answers every query as a plain reading of every
// application would — filtered one by one, sorted, sliced — on a customs office's volume, for
// queries fast-check makes up; and it stays so through writes of every kind, which patch it
// rather than rebuild it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationTypes } from '@/contract/applications';
import { reviewOrder, reviewResults, reviewSortFields, type ReviewQueueQuery } from '@/contract/review';
import { beijingDate } from '@/values/beijingDate';
import { callApi, createPreReview, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';
import { consoleIndex } from '../domain/review/consoleIndex';
import { enterpriseNames, type ReviewEntry } from '../domain/review/reviewKind';
import { reviewKinds } from '../domain/review/reviewKinds';
import { transact } from '../store/transactions';
import { getRecord } from '../store/reads';

/** Loads a scenario through 演示数据管理, waiting for a background load to finish. */
async function load(scenario: string): Promise<void> {
  let { body } = await callApi('POST', '/demo/reset', { body: { scenario } });
  while (body.loading) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    ({ body } = await callApi('GET', '/demo/status'));
  }
  expect(body.scenario).toBe(scenario);
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every application, read from the stores as they are now. */
const everyApplication = async (): Promise<ReviewEntry[]> =>
  (await Promise.all(reviewKinds.map((kind) => kind.entries()))).flat();

/** The page as a plain reading of every application gives it. */
async function plainPage(
  query: ReviewQueueQuery,
  all?: readonly ReviewEntry[],
): Promise<{ ids: string[]; total: number }> {
  const names = await enterpriseNames();
  const pending = query.status === 'pending';
  const { sort, order } = reviewOrder(query);
  const matching = (all ?? (await everyApplication())).filter((entry) => {
    if (pending ? entry.status !== '待审核' : entry.status === '待审核' || entry.status === '已撤回')
      return false;
    if (query.type && entry.type !== query.type) return false;
    if (query.result && entry.status !== query.result) return false;
    const who = names.get(entry.enterpriseId);
    if (query.enterprise && !who.nameCn.includes(query.enterprise)) return false;
    if (query.uscc && !who.uscc.includes(query.uscc.toUpperCase())) return false;
    const at = pending ? entry.declaredAt : entry.decidedAt;
    if (query.from || query.to) {
      if (!at) return false;
      const day = beijingDate(at);
      if ((query.from && day < query.from) || (query.to && day > query.to)) return false;
    }
    return true;
  });
  const time = (entry: ReviewEntry) => {
    const at = entry[sort];
    return at ? new Date(at).getTime() : -Infinity;
  };
  matching.sort((a, b) => time(a) - time(b) || text(a.id, b.id));
  if (order === 'desc') matching.reverse();
  const start = (query.page - 1) * query.pageSize;
  return {
    ids: matching.slice(start, start + query.pageSize).map((entry) => `${entry.kind}:${entry.id}`),
    total: matching.length,
  };
}

async function indexPage(query: ReviewQueueQuery): Promise<{ ids: string[]; total: number }> {
  const names = await enterpriseNames();
  const { entries, total } = (await consoleIndex()).page(query, names.matching(query));
  return { ids: entries.map((entry) => `${entry.kind}:${entry.id}`), total };
}

const day = fc
  .integer({ min: -400, max: 2 })
  .map((offset) => beijingDate(new Date(Date.now() + offset * 86_400_000).toISOString()));

const queries: fc.Arbitrary<ReviewQueueQuery> = fc.record({
  status: fc.constantFrom('pending' as const, 'decided' as const),
  type: fc.option(fc.constantFrom(...applicationTypes), { nil: undefined }),
  result: fc.option(fc.constantFrom(...reviewResults), { nil: undefined }),
  enterprise: fc.option(fc.constantFrom('宁波', '恒达', '机械', '有限公司', '华丰', '没有这家'), {
    nil: undefined,
  }),
  uscc: fc.option(fc.constantFrom('91330', 'ma', '9132', 'X'), { nil: undefined }),
  from: fc.option(day, { nil: undefined }),
  to: fc.option(day, { nil: undefined }),
  sort: fc.option(fc.constantFrom(...reviewSortFields), { nil: undefined }),
  order: fc.option(fc.constantFrom('asc' as const, 'desc' as const), { nil: undefined }),
  page: fc.integer({ min: 1, max: 4 }),
  pageSize: fc.constantFrom(10, 20, 50, 100),
});

describe('the console index', () => {
  it('answers as a plain reading of every application would, on a thousand applications', async () => {
    await load('office-1k');
    const all = await everyApplication();
    // Exactly the volume's thousand, beside the standard demo's own.
    expect(all.filter((entry) => entry.enterpriseId.startsWith('ent-office-'))).toHaveLength(1_000);
    await fc.assert(
      fc.asyncProperty(queries, async (query) => {
        expect(await indexPage(query)).toEqual(await plainPage(query, all));
      }),
      { numRuns: 200 },
    );
  });

  it('stays so through decisions, declarations and withdrawals, patched rather than read again', async () => {
    await load('office-1k');
    const index = await consoleIndex();
    const customs = await tokenFor('haiguan');
    // A decision of each kind, from the queue as the officer sees it.
    const decided = new Set<string>();
    for (const type of ['filingChange', 'personnel', 'preReviewNew', 'verificationResponse']) {
      const { body } = await callApi('GET', `/customs/applications?status=pending&type=${type}&pageSize=10`, {
        token: customs,
      });
      const [item] = body.items as { kind: string; recordId: string; version: number }[];
      if (!item) throw new Error(`no pending ${type} in the volume`);
      decided.add(item.kind);
      const answer = await callApi('POST', `/customs/applications/${item.kind}/${item.recordId}/decision`, {
        token: customs,
        idempotencyKey: `index-${item.kind}-${item.recordId}`,
        body: { version: item.version, decision: decided.size % 2 ? 'approve' : 'reject', opinion: '已核对' },
      });
      expect(answer.status).toBe(200);
    }
    expect(decided.size).toBe(4);
    // The enterprise's own write: a pre-review declared.
    const jinggong = await tokenFor('jinggong');
    const created = await createPreReview(jinggong, workedExample(), { declare: true });
    expect(created.status).toBe(201);
    // Patched, not rebuilt: the same index answers, and answers right.
    expect(await consoleIndex()).toBe(index);
    for (const status of ['pending', 'decided'] as const) {
      const query = { status, page: 1, pageSize: 100 } as ReviewQueueQuery;
      expect(await indexPage(query)).toEqual(await plainPage(query));
    }
  });

  it('a write of a reviewed store that does not say what it changed makes the index read again', async () => {
    await load('standard');
    const index = await consoleIndex();
    const filing = await getRecord('filings', 'filing-ent-huafeng');
    if (!filing?.current) throw new Error('the standard data has huafeng’s declared filing');
    await transact(['filings'], [], async (tx) => {
      await tx.objectStore('filings').put({ ...filing, current: { ...filing.current!, status: '已撤回' } });
    });
    expect(await consoleIndex()).not.toBe(index);
    const query = { status: 'pending', page: 1, pageSize: 100 } as ReviewQueueQuery;
    expect(await indexPage(query)).toEqual(await plainPage(query));
    expect((await indexPage(query)).ids).not.toContain('filing:fa-huafeng-1');
  });
});
