// Uploading and downloading documents. Uploads send the raw bytes (the original name travels in a
// header); downloads fetch with the session and save under the original name.
import { endpoints, pathOf } from '@/contract/endpoints';
import type { UploadPurpose } from '@/contract/files';
import { API_BASE, FILE_NAME_HEADER, SESSION_HEADER, SESSION_SCHEME } from '@/contract/http';
import type { FileRef } from '@/values/files';
import { saveBlob } from '../saveBlob';
import { getSessionToken } from '../session';
import { untilServiceListens } from './client';
import { callEndpoint } from './endpoint';

export async function uploadFile(
  file: File,
  purpose: UploadPurpose,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<FileRef> {
  const bytes = await file.arrayBuffer();
  const { file: stored } = await callEndpoint(endpoints.upload, {
    query: { purpose },
    bytes,
    headers: { [FILE_NAME_HEADER]: encodeURIComponent(file.name) },
    idempotencyKey,
    signal,
  });
  return stored;
}

/** Fetches a stored document and hands it to the browser as a download with its original name. */
export async function downloadFile(file: FileRef): Promise<void> {
  await untilServiceListens();
  const token = getSessionToken();
  const path = `${API_BASE}${pathOf(endpoints.download, { id: file.id })}`;
  const response = await fetch(new URL(path, window.location.origin), {
    credentials: 'omit',
    headers: token ? { [SESSION_HEADER]: `${SESSION_SCHEME} ${token}` } : {},
  });
  if (!response.ok) throw new Error(`download failed with ${response.status}`);
  saveBlob(await response.blob(), file.name);
}
