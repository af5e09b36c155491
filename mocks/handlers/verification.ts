// 核查互动 (F4) in the customs service. Enterprise side: the list, one record, the notices, and
// 处理 (VR1, VR2 checked with the model's own code; every attachment this enterprise's own
// upload). Customs side: what can be verified, and issuing a record. Customs' completion or
// return goes through the console (review/verificationReview.ts).
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { Resource } from '@/contract/changes';
import { beijingDate } from '@/values/beijingDate';
import { isOverdue, subjectLabel } from '@/domain/verification/verificationRules';
import {
  documentLabels,
  OTHER_DOCUMENT_LABEL,
  VERIFICATION_UPLOAD_PURPOSE,
  type Attachment,
  type VerificationRecord,
} from '@/contract/verification';
import { pageOf } from '../domain/paging';
import { respond } from '../domain/verification/verificationWrites';
import { matchesVerification, verificationOrder } from '../domain/verification/verificationList';
import { fileRefOf, ownRecord } from '../http/access';
import { getRecord, listAll, listByEnterprise, readIn } from '../store/reads';
import { type WriteTx } from '../store/schema';
import { idempotentWrite } from '../http/idempotency';
import { Problem, problems } from '../http/problems';
import { customsApi } from '../http/routing';
import { filingIdOf } from '../domain/filing/filingRecord';
import { putVerification } from '../domain/review/indexedWrites';

const RESOURCE = Resource.verifications;
const NOT_FOUND = '没有找到该核查记录单。';
/** The demo's customs officer works at 宁波海关. */
const CUSTOMS_OFFICE = '宁波海关';

/** Each attachment must be this enterprise's own verification upload; names come from the store. */
async function ownAttachments(tx: WriteTx, enterpriseId: string, attachments: Attachment[]) {
  return Promise.all(
    attachments.map(async (attachment, i) => {
      const stored = await readIn(tx, 'files', attachment.file.id);
      if (!stored || stored.enterpriseId !== enterpriseId || stored.purpose !== VERIFICATION_UPLOAD_PURPOSE) {
        const label =
          attachment.document === 'other' ? OTHER_DOCUMENT_LABEL : documentLabels[attachment.document];
        const message = `${label}的附件不存在或不属于本企业，请重新上传。`;
        throw new Problem(422, 'VALIDATION', message, [{ path: `attachments.${i}`, message }]);
      }
      return { document: attachment.document, file: fileRefOf(stored) };
    }),
  );
}

export const verificationHandlers = [
  customsApi.on(endpoints.verifications, async ({ principal, query }) => {
    const records = await listByEnterprise('verifications', principal.enterpriseId);
    const found = records.filter((r) => matchesVerification(r, query)).sort(verificationOrder(query));
    const { rows, total } = pageOf(found, query);
    return HttpResponse.json({ verifications: rows, total });
  }),
  // What awaits the enterprise, for the home page and the navigation's count.
  customsApi.on(endpoints.verificationNotices, async ({ principal }) => {
    const today = beijingDate(new Date());
    const records = await listByEnterprise('verifications', principal.enterpriseId);
    return HttpResponse.json({
      actionable: records
        .filter((r) => r.state === '待核查' || r.state === '退回核查')
        .sort(verificationOrder({ sort: 'priority', order: 'desc' }))
        .map((r) => ({
          id: r.id,
          number: r.number,
          subject: subjectLabel(r.subject),
          state: r.state,
          deadline: r.deadline,
          overdue: isOverdue(r, today),
        })),
    });
  }),
  customsApi.on(endpoints.verification, async ({ principal, params }) => {
    const record = await getRecord('verifications', params.id);
    if (!record || record.enterpriseId !== principal.enterpriseId) throw problems.notFound(NOT_FOUND);
    return HttpResponse.json({ verification: record });
  }),
  // 处理: VR1 (state), VR2 (every ticked document attached), the version check and idempotency.
  customsApi.on(endpoints.respondToVerification, async ({ request, principal, params, body }) => {
    return idempotentWrite(request, principal, ['verifications', 'files'], [RESOURCE], async (tx) => {
      const { id } = params;
      const record = await ownRecord(
        tx,
        'verifications',
        principal.enterpriseId,
        id,
        body.version,
        NOT_FOUND,
      );
      const attachments = await ownAttachments(tx, principal.enterpriseId, body.attachments);
      const written = respond(record, {
        reply: body.reply,
        attachments,
        by: principal.username,
        now: new Date().toISOString(),
      });
      if (written.kind === 'refused') {
        if (written.fieldErrors) throw new Problem(422, 'VALIDATION', written.reason, written.fieldErrors);
        throw problems.illegalState(written.reason);
      }
      await putVerification(tx, written.record);
      return { status: 200, body: { verification: written.record } };
    });
  }),

  // Customs: enterprises with an approved filing, and their approved pre-reviews.
  customsApi.on(endpoints.verificationTargets, async () => {
    const [enterprises, filings, preReviews] = await Promise.all([
      listAll('enterprises'),
      listAll('filings'),
      listAll('preReviews'),
    ]);
    const filed = new Set(filings.filter((f) => f.filingNo !== null).map((f) => f.enterpriseId));
    return HttpResponse.json({
      enterprises: enterprises
        .filter((e) => filed.has(e.id))
        .map((e) => ({
          id: e.id,
          nameCn: e.nameCn,
          preReviews: preReviews
            .filter(
              (p) => p.enterpriseId === e.id && !p.removedAt && p.settled?.applicationStatus === '审核通过',
            )
            .slice(0, 500)
            .map((p) => ({ id: p.id, nameCn: p.data.product.nameCn, hsCode: p.data.product.hsCode })),
        })),
    });
  }),
  // Customs issues a 核查记录单 (发起核查).
  customsApi.on(endpoints.issueVerification, async ({ request, principal, body }) => {
    const now = new Date();
    return idempotentWrite(
      request,
      principal,
      ['verifications', 'preReviews', 'filings'],
      [RESOURCE],
      async (tx) => {
        const filing = await readIn(tx, 'filings', filingIdOf(body.enterpriseId));
        if (!filing?.filingNo) {
          const message = '该企业尚未完成备案，不能发起核查';
          throw new Problem(422, 'VALIDATION', message, [{ path: 'enterpriseId', message }]);
        }
        let subject: VerificationRecord['subject'];
        if (body.subject.kind === 'preReview') {
          const pre = await readIn(tx, 'preReviews', body.subject.preReviewId);
          if (!pre || pre.enterpriseId !== body.enterpriseId || pre.removedAt || !pre.settled) {
            const message = '请选择该企业已审核通过的产品预审';
            throw new Problem(422, 'VALIDATION', message, [{ path: 'subject.preReviewId', message }]);
          }
          const { product } = pre.settled.data;
          subject = {
            kind: 'preReview',
            preReviewId: pre.id,
            productName: product.nameCn,
            hsCode: product.hsCode,
          };
        } else {
          subject = body.subject;
        }
        const count = await tx.objectStore('verifications').count();
        const issuedAt = now.toISOString();
        const record: VerificationRecord = {
          id: crypto.randomUUID(),
          enterpriseId: body.enterpriseId,
          version: 1,
          number: `HC${beijingDate(now).replaceAll('-', '')}${String(count + 1).padStart(4, '0')}`,
          subject,
          requirement: body.requirement,
          requiredDocuments: body.requiredDocuments,
          deadline: body.deadline,
          customsOffice: CUSTOMS_OFFICE,
          issuedAt,
          issuedBy: principal.username,
          state: '待核查',
          responses: [],
          updatedAt: issuedAt,
        };
        await putVerification(tx, record);
        return { status: 201, body: { verification: record } };
      },
    );
  }),
];
