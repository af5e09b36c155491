import { describe, expect, it } from 'vitest';
import { evaluateSheet } from '@/domain/preReview/costSheet';
import { preReviewRecordSchema } from '@/contract/preReview';
import { reachablePairs } from '@/domain/preReview/stateTable';
import { callApi, tokenFor } from '@/test/callApi';
import { buildScenario } from '../scenarios';

describe('the large scenario', () => {
  it('holds 10,000 readable pre-reviews in reachable pairs, each a valid cost sheet', async () => {
    const seed = await buildScenario('large');
    const records = seed.preReviews ?? [];
    expect(records).toHaveLength(10_000);
    for (const record of records.filter((_, i) => i % 50 === 0)) {
      const parsed = preReviewRecordSchema.parse(record);
      expect(reachablePairs).toContain(`${parsed.state}/${parsed.applicationStatus}`);
      expect(evaluateSheet(parsed.data, { forDeclare: true }).violations).toEqual([]);
    }
  });

  it('loads through 演示数据管理 and lists page by page', async () => {
    const reset = await callApi('POST', '/demo/reset', { body: { scenario: 'large' } });
    expect(reset.body.counts.preReviews).toBe(10_000);
    const token = await tokenFor('jinggong');
    const page = await callApi('GET', '/pre-reviews?page=500&pageSize=20', { token });
    expect(page.body).toMatchObject({ total: 10_000, page: 500 });
    expect(page.body.preReviews).toHaveLength(20);
  });
});
