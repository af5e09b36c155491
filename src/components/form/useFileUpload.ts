// Choosing a file for a document field: checked here by content (magic bytes) and size before it
// is sent (the service checks again), then uploaded; the field keeps only the stored reference.
import { useState } from 'react';
import type { UploadPurpose } from '@/contract/files';
import { checkFile, type FileRef } from '@/values/files';
import { describeError } from '@/lib/api/apiError';
import { uploadFile } from '@/lib/api/files';
import { newIdempotencyKey } from '@/lib/idempotency';

export function useFileUpload(purpose: UploadPurpose, limitBytes: number) {
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  /** The stored file, or null when it was refused or the upload failed (`problem` says why). */
  const upload = async (file: File): Promise<FileRef | null> => {
    setProblem(null);
    const check = checkFile({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, limitBytes });
    if (!check.ok) {
      setProblem(check.message);
      return null;
    }
    setUploading(true);
    try {
      return await uploadFile(file, purpose, newIdempotencyKey());
    } catch (error) {
      setProblem(`上传未完成：${describeError(error)}`);
      return null;
    } finally {
      setUploading(false);
    }
  };

  /** Says a problem of the field's own (e.g. too many files chosen). */
  const say = (message: string) => setProblem(message);

  return { upload, uploading, problem, say };
}
