// The HTTP contract between the app and the customs service (real or simulated by mocks/).
// Both sides import it, so header names, the error body and the change feed cannot drift apart.
import { z } from 'zod';

export const API_BASE = '/api';

/** Every submit carries one: a repeated submit with the same key gets the first answer. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

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
  'SERVER_ERROR',
  'STORAGE_FULL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const apiErrorBodySchema = z.object({
  code: z.enum(errorCodes),
  /** Chinese, shown to the user as is. */
  message: z.string(),
  fieldErrors: z.array(fieldErrorSchema).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** Timestamps travel as ISO 8601 strings. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
