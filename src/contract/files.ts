// Documents: uploaded as raw bytes (POST /api/files?purpose=…), downloaded by id.
import { z } from 'zod';
import { fileRefSchema } from '@/values/files';
import { VERIFICATION_ATTACHMENT_LIMIT_BYTES } from './verification';

/** What an upload is for; it decides the size limit and who may read the document. */
export const uploadPurposes = ['filing', 'personnel', 'agency', 'verification'] as const;
export type UploadPurpose = (typeof uploadPurposes)[number];

/** An upload's body may hold the largest attachment any purpose allows; each purpose checks its own. */
export const UPLOAD_BODY_LIMIT_BYTES = VERIFICATION_ATTACHMENT_LIMIT_BYTES;

export const uploadQuerySchema = z.object({ purpose: z.enum(uploadPurposes) });
export const uploadResponseSchema = z.object({ file: fileRefSchema });
