// What a readable record of each store looks like at the current data version. Records that do
// not parse are "unreadable": repaired from the seed where it has them, dropped otherwise.
import { z } from 'zod';
import { isoDateTimeSchema } from '@/contract/http';
import { roles } from '@/contract/auth';
import { demoNoticeSchema } from '@/contract/demo';
import { agencyRecordSchema } from '@/contract/agency';
import { filingRecordSchema } from '@/contract/filing';
import { personRecordSchema } from '@/contract/personnel';
import { preReviewRecordSchema } from '@/contract/preReview';
import { verificationRecordSchema } from '@/contract/verification';
import { enterpriseSchema } from '../domain/enterprise';
import { preReviewApplicationsSchema, preReviewSummarySchema } from '../domain/preReview/summaries';
import type { RecordStore } from './stores';

export const accountRecordSchema = z.object({
  id: z.string(), // the username
  passwordSha256: z.string().regex(/^[0-9a-f]{64}$/),
  displayName: z.string(),
  role: z.enum(roles),
  /** The enterprise an enterprise or agency account belongs to. */
  enterpriseId: z.string().nullable(),
  /** Wrong passwords in a row (a success resets it); at the limit the account is locked. */
  failedLogins: z.number().int().nonnegative(),
  lockedUntil: isoDateTimeSchema.nullable(),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;

/** A card medium (卡介质) and its PIN state; locked after too many wrong PINs. */
export const cardRecordSchema = z.object({
  id: z.string(), // the card number
  username: z.string(),
  pinSha256: z.string().regex(/^[0-9a-f]{64}$/),
  failedAttempts: z.number().int().nonnegative(),
  lockedAt: isoDateTimeSchema.nullable(),
});
export type CardRecord = z.infer<typeof cardRecordSchema>;

export const sessionRecordSchema = z.object({
  id: z.string(), // the token
  username: z.string(),
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  /** For an agency: the enterprise it currently acts for. */
  actingFor: z.string().nullable().optional(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const enterpriseRecordSchema = enterpriseSchema.extend({
  version: z.number().int().positive(),
  /** How many 预审编号 the enterprise has been given: the next is one more (never reused). */
  preReviewsNumbered: z.number().int().nonnegative(),
});
export type EnterpriseRecord = z.infer<typeof enterpriseRecordSchema>;

export const idempotencyRecordSchema = z.object({
  id: z.string(),
  fingerprint: z.string(),
  status: z.number().int(),
  body: z.unknown(),
  createdAt: isoDateTimeSchema,
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;

/** An uploaded document. The id is generated; the original name is only ever shown. */
export const fileRecordSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  version: z.number().int().positive(),
  /** Which kind of upload it was (sets the size limit), e.g. `filing`. */
  purpose: z.string(),
  name: z.string(),
  type: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  size: z.number().int().positive(),
  bytes: z.custom<ArrayBuffer>((value) => Object.prototype.toString.call(value) === '[object ArrayBuffer]'),
  uploadedAt: isoDateTimeSchema,
  uploadedBy: z.string(),
});
export type FileRecord = z.infer<typeof fileRecordSchema>;

/**
 * A stored record that did not fit its schema when read, kept as it was (never deleted), beside
 * where it came from. The service goes on without it; 演示数据管理 counts them.
 */
export const damagedRecordSchema = z.object({
  id: z.string(), // `${store}|${recordId}|${at}`
  store: z.string(),
  recordId: z.string(),
  raw: z.unknown(),
  reason: z.string(),
  at: isoDateTimeSchema,
});
export type DamagedRecord = z.infer<typeof damagedRecordSchema>;

export const storedRecordSchemas = {
  accounts: accountRecordSchema,
  cards: cardRecordSchema,
  sessions: sessionRecordSchema,
  enterprises: enterpriseRecordSchema,
  filings: filingRecordSchema,
  personnel: personRecordSchema,
  agencies: agencyRecordSchema,
  preReviews: preReviewRecordSchema,
  preReviewSummaries: preReviewSummarySchema,
  preReviewApplications: preReviewApplicationsSchema,
  verifications: verificationRecordSchema,
  files: fileRecordSchema,
  idempotency: idempotencyRecordSchema,
  damaged: damagedRecordSchema,
} as const satisfies Record<RecordStore, z.ZodType>;

export const metaRecordSchema = z.object({
  key: z.literal('meta'),
  dataVersion: z.number().int().positive(),
  scenario: z.string().min(1),
  seededAt: isoDateTimeSchema,
  notices: z.array(demoNoticeSchema),
});
export type MetaRecord = z.infer<typeof metaRecordSchema>;
