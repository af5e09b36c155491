// 查询's summaries as the service matches and orders them: a name in Chinese or English (either
// case), the application status, the Beijing day of the last change; by name (as a Chinese
// reader sorts), HS code or last change, either way, ties by id. Written for the survivors of the
// mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { preReviewQuerySchema, type PreReviewQuery } from '@/contract/preReviewQuery';
import { parseQueryParams } from '@/contract/queryParams';
import { compareBy, matches, type PreReviewSummary } from './summaries';

const summary = (overrides: Partial<PreReviewSummary>): PreReviewSummary => ({
  id: 'p-1',
  number: 'P0001',
  enterpriseId: 'ent-a',
  nameCn: '数控机床主轴',
  nameEn: 'CNC Spindle',
  hsCode: '84669310',
  state: '正常',
  applicationStatus: '审核通过',
  updatedAt: '2026-12-01T02:00:00.000Z',
  removed: false,
  ...overrides,
});
const query = (params: Record<string, string>): PreReviewQuery =>
  parseQueryParams(preReviewQuerySchema, new URLSearchParams(params));

describe('matches', () => {
  const s = summary({});
  it('an English name in either case', () => {
    expect(matches(s, query({ name: 'cnc spindle' }))).toBe(true);
    expect(matches(s, query({ name: 'SPINDLE' }))).toBe(true);
    expect(matches(s, query({ name: '主轴' }))).toBe(true);
    expect(matches(s, query({ name: 'bearing' }))).toBe(false);
  });

  it('the application status asked for, and only it', () => {
    expect(matches(s, query({ status: '审核通过' }))).toBe(true);
    expect(matches(s, query({ status: '暂存' }))).toBe(false);
  });

  it('last changed on the Beijing days asked for', () => {
    expect(matches(s, query({ from: '2026-12-01', to: '2026-12-01' }))).toBe(true);
    expect(matches(s, query({ from: '2026-12-02' }))).toBe(false);
    expect(matches(s, query({ to: '2026-11-30' }))).toBe(false);
  });

  it('never a removed record', () => {
    expect(matches(summary({ removed: true }), query({}))).toBe(false);
  });
});

describe('compareBy', () => {
  const rows = [
    summary({ id: 'c', nameCn: '轴承', hsCode: '84821090', updatedAt: '2026-12-03T00:00:00.000Z' }),
    summary({ id: 'a', nameCn: '法兰', hsCode: '73072100', updatedAt: '2026-12-01T00:00:00.000Z' }),
    summary({ id: 'b', nameCn: '丝杠', hsCode: '84834000', updatedAt: '2026-12-02T00:00:00.000Z' }),
    summary({ id: 'd', nameCn: '丝杠', hsCode: '84834000', updatedAt: '2026-12-02T00:00:00.000Z' }),
  ];
  const order = (params: Record<string, string>) => [...rows].sort(compareBy(query(params))).map((r) => r.id);

  it('by name as a Chinese reader sorts (法 fǎ, 丝 sī, 轴 zhóu), either way; ties by id', () => {
    expect(order({ sort: 'nameCn', order: 'asc' })).toEqual(['a', 'b', 'd', 'c']);
    expect(order({ sort: 'nameCn', order: 'desc' })).toEqual(['c', 'b', 'd', 'a']);
  });

  it('by HS code, either way', () => {
    expect(order({ sort: 'hsCode', order: 'asc' })).toEqual(['a', 'c', 'b', 'd']);
    expect(order({ sort: 'hsCode', order: 'desc' })).toEqual(['b', 'd', 'c', 'a']);
  });

  it('by last change, newest first unless asked', () => {
    expect(order({})).toEqual(['c', 'b', 'd', 'a']);
    expect(order({ sort: 'updatedAt', order: 'asc' })).toEqual(['a', 'b', 'd', 'c']);
  });
});
