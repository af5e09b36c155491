// Files for upload tests, made of real signatures.
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
