// The HTTP contract between the app and the customs service (real or simulated by mocks/).
// Both sides import it, so header names, the error body and the change feed cannot drift apart.
import { z } from 'zod';

export const API_BASE = '/api';

/** The session travels as `Authorization: Bearer <token>` (the token from a login answer). */
export const SESSION_HEADER = 'Authorization';
export const SESSION_SCHEME = 'Bearer';

/** Every submit carries one: a repeated submit with the same key gets the first answer. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** An upload's original file name (URI-encoded), since its body is the raw bytes. */
export const FILE_NAME_HEADER = 'X-File-Name';

/**
 * Versions travel in the body, not in a header: every write of a versioned record sends the
 * `version` it started from (0 when there is none yet), and a stale one is answered 409 CONFLICT.
 */
export const VERSION_FIELD = 'version';

export const fieldErrorSchema = z.object({
  /** Dotted path into the request body, e.g. `data.uscc` or `lines.3.originValue`. */
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorCodes = [
  'BAD_REQUEST',
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CARD_LOCKED',
  'ACCOUNT_LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_STATE',
  'IDEMPOTENCY_MISMATCH',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'SERVER_ERROR',
  'STORAGE_FULL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The status each error code is answered with. */
export const errorStatusOf = {
  BAD_REQUEST: 400,
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CARD_LOCKED: 423,
  ACCOUNT_LOCKED: 423,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_STATE: 409,
  IDEMPOTENCY_MISMATCH: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SERVER_ERROR: 500,
  STORAGE_FULL: 507,
} as const satisfies Record<ErrorCode, number>;

/** The 4xx (and 507) statuses the contract promises; 500 may come from any endpoint. */
export const errorStatuses = [400, 401, 403, 404, 409, 413, 415, 422, 423, 507] as const;
export type ErrorStatus = (typeof errorStatuses)[number];

/**
 * The most a JSON request body may hold; beyond it the answer is 413, said before the body is read.
 * An upload may hold its largest attachment limit (2 MB). A 2,000-line cost sheet at every field's
 * limit stays under 3 MB.
 */
export const JSON_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export const apiErrorBodySchema = z.object({
  code: z.enum(errorCodes),
  /** Chinese, shown to the user as is. */
  message: z.string(),
  fieldErrors: z.array(fieldErrorSchema).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** Timestamps travel as ISO 8601 strings. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * The customs officer who decided an application; absent from decisions stored before the
 * service kept it (the console shows 一).
 */
export const decidedBySchema = z.string().max(100).nullable().optional();
