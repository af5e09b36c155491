// Documents: uploaded as raw bytes (POST /api/files?purpose=…), downloaded by id.
import { z } from 'zod';
import { fileRefSchema } from '@/domain/files';

/** What an upload is for; it decides the size limit and who may read the document. */
export const uploadPurposes = ['filing', 'personnel', 'agency', 'verification'] as const;
export type UploadPurpose = (typeof uploadPurposes)[number];

export const uploadQuerySchema = z.object({ purpose: z.enum(uploadPurposes) });
export const uploadResponseSchema = z.object({ file: fileRefSchema });
