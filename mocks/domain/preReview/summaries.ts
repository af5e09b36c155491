// What the service keeps beside each pre-review so that 查询 and the acceptance query read small
// records, and how 查询 matches and sorts them.
import { z } from 'zod';
import { lastApplicationOf } from '@/domain/preReview/stateExplanation';
import {
  applicationKinds,
  applicationStatuses,
  recordStates,
  type PreReviewApplication,
  type PreReviewRecord,
  type PreReviewRow,
} from '@/contract/preReview';
import { evaluateSheet } from '@/domain/preReview/costSheet';
import type { PreReviewQuery } from '@/contract/preReviewQuery';
import { decidedBySchema } from '@/contract/http';
import { onDaysAsked } from '../dateRange';
import { compareText } from '../sortedRows';

/**
 * What 查询 filters and sorts by, kept by the service beside each record so that a query reads
 * 10,000 of these small summaries instead of 10,000 cost sheets with their histories.
 */
export const preReviewSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  enterpriseId: z.string(),
  nameCn: z.string(),
  nameEn: z.string(),
  hsCode: z.string(),
  state: z.enum(recordStates),
  applicationStatus: z.enum(applicationStatuses),
  updatedAt: z.string(),
  removed: z.boolean(),
});
export type PreReviewSummary = z.infer<typeof preReviewSummarySchema>;

/**
 * A record's declared applications without their sheets: enough for the acceptance query (F5),
 * kept apart from the list summary so that 查询 reads as little as it can.
 */
export const preReviewApplicationsSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  applications: z.array(
    z.object({
      n: z.number().int().positive(),
      kind: z.enum(applicationKinds),
      status: z.enum(['申报', '审核通过', '审核不通过']),
      subject: z.string(),
      declaredAt: z.string(),
      decidedAt: z.string().nullable(),
      opinion: z.string().nullable(),
      decidedBy: decidedBySchema,
    }),
  ),
});
export type PreReviewApplications = z.infer<typeof preReviewApplicationsSchema>;

export function summaryOf(record: PreReviewRecord): PreReviewSummary {
  const { product } = record.data;
  return {
    id: record.id,
    number: record.number,
    enterpriseId: record.enterpriseId,
    nameCn: product.nameCn,
    nameEn: product.nameEn,
    hsCode: product.hsCode,
    state: record.state,
    applicationStatus: record.applicationStatus,
    updatedAt: record.updatedAt,
    removed: record.removedAt !== null,
  };
}

export function applicationsOf(record: PreReviewRecord): PreReviewApplications {
  return {
    id: record.id,
    enterpriseId: record.enterpriseId,
    applications: record.applications.map((a) => ({
      n: a.n,
      kind: a.kind,
      status: a.status,
      subject: applicationSubject(record, a),
      declaredAt: a.declaredAt,
      decidedAt: a.decidedAt,
      opinion: a.opinion,
      decidedBy: a.decidedBy ?? null,
    })),
  };
}

/** What an application is about: the product as it declared it (a change: its new name), and its 预审编号. */
export function applicationSubject(record: PreReviewRecord, application: PreReviewApplication): string {
  const { product } = application.after ?? record.data;
  return `${product.nameCn}（HS ${product.hsCode}），预审编号 ${record.number}`;
}

export function matches(summary: PreReviewSummary, query: PreReviewQuery): boolean {
  if (summary.removed) return false; // ST4: a removed record is never listed again
  if (query.number && !summary.number.toUpperCase().includes(query.number.toUpperCase())) return false;
  if (
    query.name &&
    !summary.nameCn.includes(query.name) &&
    !summary.nameEn.toLowerCase().includes(query.name.toLowerCase())
  )
    return false;
  if (query.hs && !summary.hsCode.startsWith(query.hs)) return false;
  if (query.state && summary.state !== query.state) return false;
  if (query.status && summary.applicationStatus !== query.status) return false;
  if (!onDaysAsked(summary.updatedAt, query)) return false;
  return true;
}

const names = new Intl.Collator('zh-CN');

/** Sorting by the chosen field, then by id so that pages never overlap. */
export function compareBy(
  query: Pick<PreReviewQuery, 'sort' | 'order'>,
): (a: PreReviewSummary, b: PreReviewSummary) => number {
  const direction = query.order === 'asc' ? 1 : -1;
  const byField =
    query.sort === 'nameCn'
      ? (a: PreReviewSummary, b: PreReviewSummary) => names.compare(a.nameCn, b.nameCn)
      : query.sort === 'hsCode'
        ? (a: PreReviewSummary, b: PreReviewSummary) => compareText(a.hsCode, b.hsCode)
        : (a: PreReviewSummary, b: PreReviewSummary) => compareText(a.updatedAt, b.updatedAt);
  return (a, b) => direction * byField(a, b) || compareText(a.id, b.id);
}

/** A record as one row of 查询, its percentages computed here (PR3) so the page need not. */
export function rowOf(record: PreReviewRecord): PreReviewRow {
  const { exFactoryPercent, fobPercent } = evaluateSheet(record.data, { forDeclare: false });
  return {
    id: record.id,
    number: record.number,
    version: record.version,
    state: record.state,
    applicationStatus: record.applicationStatus,
    nameCn: record.data.product.nameCn,
    hsCode: record.data.product.hsCode,
    exFactoryPercent,
    fobPercent,
    reason: record.reason,
    opinion: record.opinion,
    lastApplication: lastApplicationOf(record),
    updatedAt: record.updatedAt,
  };
}
