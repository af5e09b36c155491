// Files for upload tests, made of real signatures, and an upload sent straight to the service.
import { FILE_NAME_HEADER, IDEMPOTENCY_HEADER } from '@/contract/http';
export const pdfBytes = (size = 64): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(new ArrayBuffer(size));
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return bytes;
};

export const zipBytes = (): Uint8Array<ArrayBuffer> =>
  new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);

export function fileOf(bytes: Uint8Array<ArrayBuffer>, name: string, type = 'application/pdf'): File {
  return new File([bytes], name, { type });
}

/** POST /files as a crafted client would: raw bytes, the name in a header, no browser-side checks. */
export async function uploadBytes(
  token: string,
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
  key: string,
  purpose = 'filing',
) {
  const response = await fetch(new URL(`/api/files?purpose=${purpose}`, window.location.origin), {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/octet-stream',
      [FILE_NAME_HEADER]: encodeURIComponent(name),
      [IDEMPOTENCY_HEADER]: key,
    },
    body: bytes,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  const body: any = await response.json();
  return { status: response.status, body };
}
