import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFile, cleanFileName, sniffFileType } from './files';

const pdf = new TextEncoder().encode('%PDF-1.4\n%演示\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('uploaded files, checked by content', () => {
  it('recognises PDF, JPG and PNG by their first bytes', () => {
    expect(sniffFileType(pdf)).toBe('application/pdf');
    expect(sniffFileType(png)).toBe('image/png');
    expect(sniffFileType(jpeg)).toBe('image/jpeg');
  });

  it('refuses another file renamed to .pdf', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]);
    const check = checkFile({ bytes: zip, name: '营业执照.pdf', limitBytes: 200 * 1024 });
    expect(check).toEqual({
      ok: false,
      message: '文件“营业执照.pdf”不是 PDF、JPG 或 PNG 文件（按文件内容识别，与扩展名无关）',
    });
  });

  it('names the size and the limit of an oversized file, and refuses an empty one', () => {
    const big = new Uint8Array(200 * 1024 + 1);
    big.set(pdf);
    expect(checkFile({ bytes: big, name: 'a.pdf', limitBytes: 200 * 1024 })).toEqual({
      ok: false,
      message: '文件“a.pdf”大小为 200 KB（204,801 字节），超过 200 KB 的限制',
    });
    expect(checkFile({ bytes: new Uint8Array(), name: 'a.pdf', limitBytes: 10 })).toMatchObject({
      ok: false,
    });
  });

  it('accepts any bytes behind a known signature within the limit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), fc.constantFrom(pdf, png, jpeg), (tail, head) => {
        const bytes = new Uint8Array([...head, ...tail]);
        return checkFile({ bytes, name: 'x', limitBytes: 1024 }).ok;
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a name as given but for control characters', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('../../etc/passwd');
    expect(cleanFileName('<script>alert(1)</script>.pdf')).toBe('<script>alert(1)</script>.pdf');
    expect(cleanFileName('a\u0000b\u001fc.pdf')).toBe('abc.pdf');
    expect(cleanFileName('\u0007')).toBe('未命名文件');
  });
});
