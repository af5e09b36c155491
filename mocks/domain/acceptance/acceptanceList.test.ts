// 受理情况查询 as the service answers it: the filters (type, status, declared dates) and the two
// orders, undecided last when sorting by 审核时间. Written for the survivors of the mutation run
// (issue 37).
import { describe, expect, it } from 'vitest';
import { acceptanceQuerySchema, type AcceptanceItem } from '@/contract/acceptance';
import { parseQueryParams } from '@/contract/queryParams';
import { compareAcceptance, matchesAcceptance } from './acceptanceList';

function item(
  id: string,
  type: AcceptanceItem['type'],
  declaredAt: string,
  decidedAt: string | null,
): AcceptanceItem {
  return {
    id,
    type,
    area: 'preReview',
    recordId: id,
    subject: '不锈钢法兰',
    customsOffice: '宁波海关',
    declaredAt,
    status: decidedAt ? '审核通过' : '待审核',
    decidedAt,
    opinion: null,
  };
}
const query = (params: Record<string, string> = {}) =>
  parseQueryParams(acceptanceQuerySchema, new URLSearchParams(params));

describe('matchesAcceptance', () => {
  const declared = item('a', 'preReviewNew', '2026-12-01T02:00:00.000Z', null);
  it('by type, status and the Beijing day it was declared', () => {
    expect(matchesAcceptance(declared, query())).toBe(true);
    expect(matchesAcceptance(declared, query({ type: 'preReviewNew' }))).toBe(true);
    expect(matchesAcceptance(declared, query({ type: 'filing' }))).toBe(false);
    expect(matchesAcceptance(declared, query({ status: '待审核' }))).toBe(true);
    expect(matchesAcceptance(declared, query({ status: '审核通过' }))).toBe(false);
    expect(matchesAcceptance(declared, query({ from: '2026-12-01', to: '2026-12-01' }))).toBe(true);
    expect(matchesAcceptance(declared, query({ to: '2026-11-30' }))).toBe(false);
  });
});

describe('compareAcceptance', () => {
  const items = [
    item('b-undecided', 'filing', '2026-11-03T02:00:00.000Z', null),
    item('c', 'personnel', '2026-11-01T02:00:00.000Z', '2026-11-05T02:00:00.000Z'),
    item('a-undecided', 'preReviewNew', '2026-11-02T02:00:00.000Z', null),
    item('d', 'agency', '2026-11-02T02:00:00.000Z', '2026-11-04T02:00:00.000Z'),
  ];
  const ids = (params: Record<string, string>) =>
    [...items].sort(compareAcceptance(query(params))).map((i) => i.id);

  it('by 申报时间, newest or oldest first, ties by id', () => {
    expect(ids({ sort: 'declaredAt', order: 'desc' })).toEqual(['b-undecided', 'a-undecided', 'd', 'c']);
    expect(ids({ sort: 'declaredAt', order: 'asc' })).toEqual(['c', 'a-undecided', 'd', 'b-undecided']);
  });

  it('by 审核时间 either way, the undecided last in both, among themselves by id', () => {
    expect(ids({ sort: 'decidedAt', order: 'desc' })).toEqual(['c', 'd', 'a-undecided', 'b-undecided']);
    expect(ids({ sort: 'decidedAt', order: 'asc' })).toEqual(['d', 'c', 'a-undecided', 'b-undecided']);
  });
});
