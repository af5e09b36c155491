// 核查互动's list as the service answers it: which records the filters match (state, issue dates,
// subject or 核查记录单号) and the orders it offers. Written for the survivors of the mutation run
// (issue 37).
import { describe, expect, it } from 'vitest';
import type { VerificationRecord } from '@/contract/verification';
import { parseQueryParams } from '@/contract/queryParams';
import { verificationQuerySchema, type VerificationQuery } from '@/contract/verificationQuery';
import { aVerification } from '@/test/verifications';
import { matchesVerification, verificationOrder } from './verificationList';

const record = (
  id: string,
  state: VerificationRecord['state'],
  issuedAt: string,
  deadline: string,
  number = `HC-${id}`,
): VerificationRecord =>
  aVerification({
    id,
    number,
    subject: { kind: 'preReview', preReviewId: 'p', productName: '不锈钢法兰', hsCode: '7307210000' },
    deadline,
    issuedAt,
    state,
    updatedAt: issuedAt,
  });

const query = (params: Record<string, string>): VerificationQuery =>
  parseQueryParams(verificationQuerySchema, new URLSearchParams(params));

describe('matchesVerification', () => {
  const r = record('a', '待核查', '2026-12-01T02:00:00.000Z', '2026-12-20', 'HC202612010007');
  it('takes every record with no filter', () => {
    expect(matchesVerification(r, query({}))).toBe(true);
  });

  it('by state', () => {
    expect(matchesVerification(r, query({ state: '待核查' }))).toBe(true);
    expect(matchesVerification(r, query({ state: '已回复' }))).toBe(false);
  });

  it('by the Beijing day it was issued', () => {
    expect(matchesVerification(r, query({ from: '2026-12-01', to: '2026-12-01' }))).toBe(true);
    expect(matchesVerification(r, query({ from: '2026-12-02' }))).toBe(false);
  });

  it('by part of the subject as shown, or of the 核查记录单号', () => {
    expect(matchesVerification(r, query({ q: '法兰' }))).toBe(true);
    expect(matchesVerification(r, query({ q: '7307' }))).toBe(true);
    expect(matchesVerification(r, query({ q: '20261201' }))).toBe(true);
    expect(matchesVerification(r, query({ q: '轴承' }))).toBe(false);
  });
});

describe('verificationOrder', () => {
  const records = [
    record('done-old', '核查完成', '2026-10-01T02:00:00.000Z', '2026-10-20'),
    record('replied', '已回复', '2026-11-20T02:00:00.000Z', '2026-12-10'),
    record('waiting-late', '待核查', '2026-11-01T02:00:00.000Z', '2026-12-31'),
    record('returned-soon', '退回核查', '2026-11-05T02:00:00.000Z', '2026-12-08'),
    record('waiting-soon-b', '待核查', '2026-11-10T02:00:00.000Z', '2026-12-08'),
  ];
  const ids = (params: Record<string, string>) =>
    [...records].sort(verificationOrder(query(params))).map((r) => r.id);

  it('priority (the default): awaiting the enterprise by deadline, ties by id; then the rest newest first', () => {
    expect(ids({})).toEqual(['returned-soon', 'waiting-soon-b', 'waiting-late', 'replied', 'done-old']);
  });

  it('by issue date or deadline, either way, ties by id', () => {
    expect(ids({ sort: 'issuedAt', order: 'asc' })).toEqual([
      'done-old',
      'waiting-late',
      'returned-soon',
      'waiting-soon-b',
      'replied',
    ]);
    expect(ids({ sort: 'issuedAt', order: 'desc' })).toEqual([
      'replied',
      'waiting-soon-b',
      'returned-soon',
      'waiting-late',
      'done-old',
    ]);
    expect(ids({ sort: 'deadline', order: 'desc' })).toEqual([
      'waiting-late',
      'replied',
      'returned-soon',
      'waiting-soon-b',
      'done-old',
    ]);
  });
});
