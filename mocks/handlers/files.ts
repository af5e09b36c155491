// Documents: upload (raw bytes, checked by content and size again here) and download. A file's
// id is generated; its original name is only stored and sent back, never used as a key.
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { FILE_NAME_HEADER } from '@/contract/http';
import { checkFile, cleanFileName } from '@/values/files';
import { AGENCY_ATTACHMENT_LIMIT_BYTES, AGENCY_UPLOAD_PURPOSE } from '@/contract/agency';
import { FILING_ATTACHMENT_LIMIT_BYTES, FILING_UPLOAD_PURPOSE } from '@/contract/filing';
import { PERSONNEL_ATTACHMENT_LIMIT_BYTES, PERSONNEL_UPLOAD_PURPOSE } from '@/contract/personnel';
import { VERIFICATION_ATTACHMENT_LIMIT_BYTES, VERIFICATION_UPLOAD_PURPOSE } from '@/contract/verification';
import { filingReaders, type Capability } from '@/values/capabilities';
import { fileRefOf, openGate } from '../http/access';
import { getRecord } from '../store/reads';
import { idempotentWrite } from '../http/idempotency';
import { Problem, problems } from '../http/problems';
import { customsApi } from '../http/routing';
import type { FileRecord } from '../store/records';

interface PurposeRules {
  limitBytes: number;
  /**
   * The functions the documents serve: uploading or downloading one needs any of them (an
   * agency within its scope; FR2 where the function needs an approved filing). Filing documents
   * serve the filing and its change (a change keeps the approved filing's documents).
   */
  serves: readonly Capability[];
}

/**
 * Each kind of upload, keyed by the `purpose` the request names. A Map, so that a crafted
 * purpose such as `constructor` or `__proto__` is unknown rather than found on Object.prototype.
 */
const uploadPurposes = new Map<string, PurposeRules>([
  [FILING_UPLOAD_PURPOSE, { limitBytes: FILING_ATTACHMENT_LIMIT_BYTES, serves: filingReaders }],
  [PERSONNEL_UPLOAD_PURPOSE, { limitBytes: PERSONNEL_ATTACHMENT_LIMIT_BYTES, serves: ['personnel'] }],
  [AGENCY_UPLOAD_PURPOSE, { limitBytes: AGENCY_ATTACHMENT_LIMIT_BYTES, serves: ['agencies'] }],
  [
    VERIFICATION_UPLOAD_PURPOSE,
    { limitBytes: VERIFICATION_ATTACHMENT_LIMIT_BYTES, serves: ['verification'] },
  ],
]);

function decodeName(request: Request): string {
  try {
    return cleanFileName(decodeURIComponent(request.headers.get(FILE_NAME_HEADER) ?? ''));
  } catch {
    throw problems.badRequest('文件名编码无效，请重命名文件后重试。');
  }
}

export const fileHandlers = [
  customsApi.on(endpoints.upload, async ({ request, principal, query: { purpose } }) => {
    const kind = uploadPurposes.get(purpose);
    if (!kind) throw problems.badRequest('未知的上传用途。');
    await openGate(principal, kind.serves);
    const limitBytes = kind.limitBytes;
    const name = decodeName(request);
    const bytes = new Uint8Array(await request.arrayBuffer());
    const check = checkFile({ bytes, name, limitBytes });
    if (!check.ok)
      throw new Problem(422, 'VALIDATION', check.message, [{ path: 'file', message: check.message }]);
    return idempotentWrite(request, principal, ['files'], [], async (tx) => {
      const record: FileRecord = {
        id: crypto.randomUUID(),
        enterpriseId: principal.enterpriseId,
        version: 1,
        purpose,
        name,
        type: check.type,
        size: bytes.length,
        bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        uploadedAt: new Date().toISOString(),
        uploadedBy: principal.username,
      };
      await tx.objectStore('files').put(record);
      return { status: 201, body: { file: fileRefOf(record) } };
    });
  }),
  customsApi.on(endpoints.download, async ({ principal, params }) => {
    const record = await getRecord('files', params.id);
    // Another enterprise's file is "not found", like one that does not exist; customs sees all.
    if (!record || (principal.role !== 'customs' && record.enterpriseId !== principal.enterpriseId)) {
      throw problems.notFound('没有找到该文件。');
    }
    // The enterprise (or its agency) downloads a document only within the function it serves.
    if (principal.role !== 'customs') {
      const kind = uploadPurposes.get(record.purpose);
      if (!kind || principal.enterpriseId === null) throw problems.notFound('没有找到该文件。');
      await openGate({ ...principal, enterpriseId: principal.enterpriseId }, kind.serves);
    }
    return new HttpResponse(record.bytes, {
      headers: {
        'Content-Type': record.type,
        'Content-Length': String(record.size),
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(record.name)}`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  }),
];
