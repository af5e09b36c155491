// Each kind's applications as the console's index keeps them (ReviewEntry): which applications a
// record holds, of what type, in which state, when declared and decided. The kinds build their
// items on these (an item is its entry and what is read from the record), and every write of a
// reviewed record hands its entries to the index (indexedWrites.ts), so the two cannot differ.
import { filingApplicationType, preReviewApplicationType } from '@/contract/applications';
import type { FilingApplication, FilingRecord } from '@/contract/filing';
import type { PersonRecord } from '@/contract/personnel';
import type { PreReviewApplication } from '@/contract/preReview';
import type { ReviewQueue, ReviewStatus } from '@/contract/review';
import type { ApplicationType } from '@/contract/applications';
import type { VerificationRecord, VerificationResponse } from '@/contract/verification';
import type { PreReviewApplications } from '../preReview/summaries';

/**
 * One application as the console's index keeps it (reviewIndex.ts): what its filters and orders
 * read, and no more. An item (ReviewItem) is built from the record only for the page shown.
 */
export interface ReviewEntry {
  kind: ReviewQueue;
  type: ApplicationType;
  /** The application's id, as its item has it. */
  id: string;
  recordId: string;
  enterpriseId: string;
  status: ReviewStatus;
  declaredAt: string;
  decidedAt: string | null;
}

/** A record's status word as the console says it: a declared application awaits review. */
const reviewStatus = <S extends string>(status: S): Exclude<S, '申报'> | '待审核' =>
  status === '申报' ? '待审核' : (status as Exclude<S, '申报'>);

/** A filing's applications customs has seen (its drafts never), newest first. */
export function declaredFilingApplications(record: FilingRecord): FilingApplication[] {
  return [record.current, ...record.history].filter(
    (a): a is FilingApplication => a !== null && a.status !== '暂存' && a.declaredAt !== null,
  );
}

export function filingEntry(record: FilingRecord, application: FilingApplication): ReviewEntry | null {
  if (!application.declaredAt || application.status === '暂存') return null;
  return {
    kind: 'filing',
    type: filingApplicationType[application.kind],
    id: application.id,
    recordId: record.id,
    enterpriseId: record.enterpriseId,
    status: reviewStatus(application.status),
    declaredAt: application.declaredAt,
    decidedAt: application.decidedAt,
  };
}

export function entriesOfFiling(record: FilingRecord): ReviewEntry[] {
  return declaredFilingApplications(record).flatMap((a) => filingEntry(record, a) ?? []);
}

export function personEntry(person: PersonRecord): ReviewEntry | null {
  if (!person.declaredAt || person.status === '暂存') return null;
  return {
    kind: 'personnel',
    type: 'personnel',
    id: `${person.id}@${person.declaredAt}`,
    recordId: person.id,
    enterpriseId: person.enterpriseId,
    status: reviewStatus(person.status),
    declaredAt: person.declaredAt,
    decidedAt: person.decidedAt,
  };
}

export const entriesOfPerson = (person: PersonRecord): ReviewEntry[] => {
  const entry = personEntry(person);
  return entry ? [entry] : [];
};

/** One of a pre-review's applications (each is declared), from the record or its summary. */
export function preReviewEntry(
  record: { id: string; enterpriseId: string },
  application: Pick<PreReviewApplication, 'n' | 'kind' | 'status' | 'declaredAt' | 'decidedAt'>,
): ReviewEntry {
  return {
    kind: 'preReview',
    type: preReviewApplicationType[application.kind],
    id: `${record.id}#${application.n}`,
    recordId: record.id,
    enterpriseId: record.enterpriseId,
    status: reviewStatus(application.status),
    declaredAt: application.declaredAt,
    decidedAt: application.decidedAt,
  };
}

/** A pre-review's applications, from its derived summary (no cost sheets). */
export const entriesOfPreReview = (summary: PreReviewApplications): ReviewEntry[] =>
  summary.applications.map((application) => preReviewEntry(summary, application));

/** 核查完成 is the console's approval, 退回核查 its rejection. */
function verificationStatus(response: VerificationResponse): ReviewStatus {
  const { outcome } = response;
  return outcome === null ? '待审核' : outcome.kind === 'completed' ? '审核通过' : '审核不通过';
}

export function verificationEntry(record: VerificationRecord, response: VerificationResponse): ReviewEntry {
  return {
    kind: 'verification',
    type: 'verificationResponse',
    id: `${record.id}#${response.n}`,
    recordId: record.id,
    enterpriseId: record.enterpriseId,
    status: verificationStatus(response),
    declaredAt: response.submittedAt,
    decidedAt: response.outcome?.at ?? null,
  };
}

export const entriesOfVerification = (record: VerificationRecord): ReviewEntry[] =>
  record.responses.map((response) => verificationEntry(record, response));
