// Uploaded documents (营业执照, 授权委托书, verification documents …): what they may be, checked
// by their content (magic bytes), not by the name or the type the browser claims. The browser
// checks before uploading; the mock service checks the bytes again.
import { z } from 'zod';
import { hasInvisibleFormatCharacters } from './plainText';

export const acceptedFileTypes = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
} as const;
export type AcceptedFileType = keyof typeof acceptedFileTypes;
const fileTypes = Object.keys(acceptedFileTypes) as [AcceptedFileType, ...AcceptedFileType[]];

/** The type the bytes themselves say, or null when they are none of the accepted ones. */
export function sniffFileType(bytes: Uint8Array): AcceptedFileType | null {
  const startsWith = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (startsWith(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export const MAX_FILE_NAME_LENGTH = 200;

/**
 * A name as shown: without control characters, otherwise exactly as given. Names are only ever
 * displayed (escaped) and sent back in downloads, never used as storage keys or paths.
 */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const base = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base || '未命名文件';
}

export type FileCheck = { ok: true; type: AcceptedFileType } | { ok: false; message: string };

export function checkFile(input: { bytes: Uint8Array; name: string; limitBytes: number }): FileCheck {
  const name = cleanFileName(input.name);
  // A direction override can dress `invoice‮fdp.exe` up as a PDF's name: refused, not cleaned,
  // so the user sees why and renames the file.
  if (hasInvisibleFormatCharacters(name))
    return {
      ok: false,
      message: '文件名含有零宽字符或文字方向控制符（可能使文件名显示得与实际不同），请重命名文件后重新上传',
    };
  if (name.length > MAX_FILE_NAME_LENGTH)
    return { ok: false, message: `文件名不能超过${MAX_FILE_NAME_LENGTH}个字符` };
  if (input.bytes.length === 0) return { ok: false, message: `文件“${name}”是空文件` };
  if (input.bytes.length > input.limitBytes) {
    return {
      ok: false,
      message: `文件“${name}”大小为 ${formatBytes(input.bytes.length)}（${input.bytes.length.toLocaleString('en-US')} 字节），超过 ${formatBytes(input.limitBytes)} 的限制`,
    };
  }
  const type = sniffFileType(input.bytes);
  if (!type)
    return { ok: false, message: `文件“${name}”不是 PDF、JPG 或 PNG 文件（按文件内容识别，与扩展名无关）` };
  return { ok: true, type };
}

/** What a form keeps of an uploaded file: a reference, never the bytes. */
export const fileRefSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(MAX_FILE_NAME_LENGTH),
  size: z.number().int().positive(),
  type: z.enum(fileTypes),
});
export type FileRef = z.infer<typeof fileRefSchema>;
