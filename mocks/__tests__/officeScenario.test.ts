// The 海关办公室 volumes: exactly the applications asked for, of every type in every state a
// customs office sees, each record as its store's schema reads it, the same data every time.
import { describe, expect, it } from 'vitest';
import { applicationTypes } from '@/contract/applications';
import { evaluateSheet } from '@/domain/preReview/costSheet';
import { usccProblem } from '@/values/uscc';
import { storedRecordSchemas } from '../store/records';
import { officeData } from '../seed/office';
import { ReviewIndex } from '../domain/review/reviewIndex';
import {
  entriesOfFiling,
  entriesOfPerson,
  entriesOfPreReview,
  entriesOfVerification,
} from '../domain/review/entries';
import { applicationsOf } from '../domain/preReview/summaries';
import type { SeedData } from '../store/schema';

const volume = { enterprises: 10, applications: 1_000 };

function entriesOf(data: SeedData) {
  return [
    ...(data.filings ?? []).flatMap(entriesOfFiling),
    ...(data.personnel ?? []).flatMap(entriesOfPerson),
    ...(data.preReviews ?? []).map(applicationsOf).flatMap(entriesOfPreReview),
    ...(data.verifications ?? []).flatMap(entriesOfVerification),
  ];
}

describe('the 海关办公室 volume', () => {
  it('holds exactly the applications asked for, every record readable, nothing dated ahead', async () => {
    const now = new Date();
    const data = await officeData(volume, now);
    const entries = entriesOf(data);
    expect(entries).toHaveLength(1_000);
    const ahead = entries.filter(
      (e) => new Date(e.declaredAt) > now || (e.decidedAt !== null && new Date(e.decidedAt) > now),
    );
    expect(ahead).toEqual([]);
    for (const [store, records] of Object.entries(data)) {
      const schema = storedRecordSchemas[store as keyof typeof storedRecordSchemas];
      for (const record of records as unknown[]) expect(schema.safeParse(record).success).toBe(true);
    }
    // Every declared sheet keeps the cost-sheet rules (a change's too).
    for (const record of data.preReviews ?? []) {
      expect(evaluateSheet(record.data, { forDeclare: true }).violations).toEqual([]);
    }
    const usccs = (data.enterprises ?? []).map((e) => e.uscc);
    expect(usccs.every((code) => usccProblem(code) === null)).toBe(true);
    expect(new Set(usccs).size).toBe(usccs.length);
  });

  it('has every type of application waiting and decided, and a withdrawn change', async () => {
    const counts = new ReviewIndex(
      entriesOf(await officeData({ enterprises: 100, applications: 10_000 }, new Date())),
    ).counts();
    // 代录入 (agency) is the enterprise's own act, never customs'.
    for (const type of applicationTypes.filter((t) => t !== 'agency')) {
      expect(counts.get(type)?.get('待审核') ?? 0, `${type} 待审核`).toBeGreaterThan(0);
      expect(counts.get(type)?.get('审核通过') ?? 0, `${type} 审核通过`).toBeGreaterThan(0);
      expect(counts.get(type)?.get('审核不通过') ?? 0, `${type} 审核不通过`).toBeGreaterThan(0);
    }
    expect(counts.get('filingChange')?.get('已撤回') ?? 0).toBeGreaterThan(0);
  });

  it('is the same data every time, its dates counted from the day it is loaded', async () => {
    const now = new Date('2026-12-06T08:00:00+08:00');
    const first = await officeData(volume, now);
    const again = await officeData(volume, now);
    expect(JSON.stringify(again.preReviews)).toBe(JSON.stringify(first.preReviews));
    expect(JSON.stringify(again.filings)).toBe(JSON.stringify(first.filings));
    const later = await officeData(volume, new Date(now.getTime() + 86_400_000));
    expect(later.preReviews?.map((p) => `${p.id} ${p.state}/${p.applicationStatus}`)).toEqual(
      first.preReviews?.map((p) => `${p.id} ${p.state}/${p.applicationStatus}`),
    );
  });
});
