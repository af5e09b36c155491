// Uploading and downloading documents. Uploads send the raw bytes (the original name travels in a
// header); downloads fetch with the session and save under the original name.
import { FILE_NAME_HEADER, uploadResponseSchema, type FileRef } from '@/domain/files';
import { saveBlob } from '../saveBlob';
import { getSessionToken } from '../session';
import { apiRequest } from './client';

export async function uploadFile(
  file: File,
  purpose: string,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<FileRef> {
  const bytes = await file.arrayBuffer();
  const { file: stored } = await apiRequest(
    `/files?purpose=${encodeURIComponent(purpose)}`,
    uploadResponseSchema,
    {
      method: 'POST',
      bytes,
      headers: { [FILE_NAME_HEADER]: encodeURIComponent(file.name) },
      idempotencyKey,
      signal,
    },
  );
  return stored;
}

/** Fetches a stored document and hands it to the browser as a download with its original name. */
export async function downloadFile(file: FileRef): Promise<void> {
  const token = getSessionToken();
  const response = await fetch(new URL(`/api/files/${encodeURIComponent(file.id)}`, window.location.origin), {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`download failed with ${response.status}`);
  saveBlob(await response.blob(), file.name);
}
