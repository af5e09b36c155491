// 查询's kept list (listIndex.ts) answers every query as a plain reading of the summaries would —
// each matched (ST4: never a removed one), all sorted, one page sliced — for lists, queries and
// writes fast-check makes up: the orders it keeps sorted write by write never drift from a sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationStatuses, recordStates } from '@/contract/preReview';
import { LIST_PAGE_SIZES } from '@/contract/pageQuery';
import { preReviewSortFields, type PreReviewQuery } from '@/contract/preReviewQuery';
import { compareBy, matches, type PreReviewSummary } from './summaries';
import { PreReviewListIndex } from './listIndex';

// Few values of each, so that ties (the same name, the same time) and matches are frequent.
const summaryArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    number: fc.constantFrom('P0001', 'P0012', 'Q0100'),
    enterpriseId: fc.constant('ent-a'),
    nameCn: fc.constantFrom('数控机床主轴', '阀门阀体', '阿胶', 'Zeta 轴承', '轴承座'),
    nameEn: fc.constantFrom('Spindle', 'valve', 'Bearing'),
    hsCode: fc.constantFrom('84669310', '84819090', '8466', '73079100'),
    state: fc.constantFrom(...recordStates),
    applicationStatus: fc.constantFrom(...applicationStatuses),
    updatedAt: fc.constantFrom(
      '2026-11-30T16:00:00.000Z', // 12-01 in Beijing
      '2026-11-30T15:59:59.999Z', // 11-30 in Beijing
      '2026-12-03T02:00:00.000Z',
    ),
    removed: fc.boolean(),
  }) satisfies fc.Arbitrary<PreReviewSummary>;

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];

const queryArb: fc.Arbitrary<PreReviewQuery> = fc.record(
  {
    page: fc.integer({ min: 1, max: 2 }),
    // 10 of up to 12 records: a second page holds the rest.
    pageSize: fc.constantFrom(...LIST_PAGE_SIZES),
    sort: fc.constantFrom(...preReviewSortFields),
    order: fc.constantFrom('asc', 'desc'),
    number: fc.constantFrom('p00', '12'),
    name: fc.constantFrom('轴承', 'VALVE', 'spindle'),
    hs: fc.constantFrom('8466', '84'),
    state: fc.constantFrom(...recordStates),
    status: fc.constantFrom(...applicationStatuses),
    from: fc.constant('2026-12-01'),
    to: fc.constant('2026-12-01'),
  },
  { requiredKeys: ['page', 'pageSize', 'sort', 'order'] },
);

/** The page as a plain reading of every summary gives it. */
function plainPage(summaries: Iterable<PreReviewSummary>, query: PreReviewQuery) {
  const found = [...summaries].filter((s) => matches(s, query)).sort(compareBy(query));
  const start = (query.page - 1) * query.pageSize;
  return { rows: found.slice(start, start + query.pageSize), total: found.length };
}

/** A write: the record's summary is now this one, or the record is gone. */
const writeArb = fc
  .constantFrom(...ids)
  .chain((id) => fc.record({ id: fc.constant(id), summary: fc.option(summaryArb(id), { freq: 4 }) }));

describe('查询 list kept in memory (PR7, ST4)', () => {
  it('answers each query as filtering and sorting every summary would, through writes', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.constantFrom(...ids), { maxLength: ids.length })
          .chain((start) => fc.tuple(...start.map(summaryArb))),
        fc.array(fc.tuple(queryArb, fc.array(writeArb, { maxLength: 4 })), { minLength: 1, maxLength: 6 }),
        (start, steps) => {
          const index = new PreReviewListIndex(start);
          const stored = new Map(start.map((s) => [s.id, s]));
          for (const [query, writes] of steps) {
            expect(index.page(query)).toEqual(plainPage(stored.values(), query));
            for (const { id, summary } of writes) {
              index.replace(id, summary);
              if (summary) stored.set(id, summary);
              else stored.delete(id);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lists a removed record, even one written removed after the list was sorted', () => {
    const kept: PreReviewSummary = {
      id: 'a',
      number: 'P0001',
      enterpriseId: 'ent-a',
      nameCn: '阀门阀体',
      nameEn: 'Valve',
      hsCode: '84819090',
      state: '正常',
      applicationStatus: '审核通过',
      updatedAt: '2026-12-01T02:00:00.000Z',
      removed: false,
    };
    const index = new PreReviewListIndex([kept, { ...kept, id: 'b', removed: true }]);
    const everything = { page: 1, pageSize: 20, sort: 'nameCn', order: 'asc' } as const;
    expect(index.page(everything)).toEqual({ rows: [kept], total: 1 });
    index.replace('a', { ...kept, removed: true });
    expect(index.page(everything)).toEqual({ rows: [], total: 0 });
  });
});
