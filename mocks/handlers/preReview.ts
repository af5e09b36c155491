// 产品预审 (F3) as the customs service handles it: only for enterprises the gate lets in (FR2–FR4),
// every rule of PR1–PR6 and the declare conditions re-checked with the model's own code.
import { HttpResponse } from 'msw';
import { evaluateSheet } from '@/features/preReview/model/costSheet';
import { savedDraft } from '@/features/preReview/model/newApplication';
import { applyAction } from '@/features/preReview/model/lifecycle';
import { compareBy, matches, parseListQuery } from '@/features/preReview/model/listQuery';
import {
  preReviewActionRequestSchema,
  savePreReviewRequestSchema,
  type PreReviewRecord,
} from '@/features/preReview/model/preReviewSchemas';
import { productLabels } from '@/features/preReview/model/sheetSchemas';
import { ownRecord, requireAccess } from '../access';
import { getRecord, listByEnterprise } from '../db';
import { customsApi, idempotentWrite, parseBody, Problem, problems, type ResolverInfo } from '../http';

const RESOURCE = 'preReviews';

const NOT_FOUND = '没有找到该产品预审。';

function save(existing: boolean) {
  return async ({ request, params }: ResolverInfo) => {
    const principal = await requireAccess(request, 'preReview');
    const body = await parseBody(request, savePreReviewRequestSchema, productLabels);
    if (body.declare) {
      const { violations } = evaluateSheet(body.data, { forDeclare: true });
      const first = violations[0];
      if (first) {
        const more = violations.length > 1 ? `（共 ${violations.length} 处需要修改）` : '';
        throw new Problem(
          422,
          'VALIDATION',
          `${first.rule.startsWith('PR') ? `${first.rule}：` : ''}${first.message}${more}`,
          violations.map((v) => ({ path: `data.${v.path}`, message: v.message })),
        );
      }
    }
    return idempotentWrite(request, principal, ['preReviews'], [RESOURCE], async (tx) => {
      const id = existing ? String(params.id) : crypto.randomUUID();
      const record = existing
        ? await ownRecord<PreReviewRecord>(
            tx,
            'preReviews',
            principal.enterpriseId,
            id,
            body.version,
            NOT_FOUND,
          )
        : null;
      const outcome = savedDraft(record, {
        id,
        enterpriseId: principal.enterpriseId,
        data: body.data,
        declare: body.declare,
        now: new Date().toISOString(),
      });
      if (outcome.kind !== 'record')
        throw problems.illegalState(outcome.kind === 'refused' ? outcome.reason : '该产品预审不能修改。');
      const next = outcome.record;
      await tx.objectStore('preReviews').put(next);
      return { status: existing ? 200 : 201, body: { preReview: next } };
    });
  };
}

export const preReviewHandlers = [
  // 变更, 注销, 恢复, 删除: exactly what the action table allows; anything else is a 409 with the reason.
  customsApi.post('/api/pre-reviews/:id/actions', async ({ request, params }) => {
    const principal = await requireAccess(request, 'preReview');
    const body = await parseBody(request, preReviewActionRequestSchema, { reason: '申请说明' });
    return idempotentWrite(request, principal, ['preReviews'], [RESOURCE], async (tx) => {
      const id = String(params.id);
      const record = await ownRecord<PreReviewRecord>(
        tx,
        'preReviews',
        principal.enterpriseId,
        id,
        body.version,
        NOT_FOUND,
      );
      const outcome = applyAction(
        record,
        body.action === 'change' ? { action: 'change' } : { action: body.action, reason: body.reason },
      );
      if (outcome.kind === 'refused') throw problems.illegalState(outcome.reason);
      if (outcome.kind === 'removed') {
        await tx.objectStore('preReviews').delete(id);
        return { status: 200, body: { preReview: null } };
      }
      const next: PreReviewRecord = {
        ...outcome.record,
        version: record.version + 1,
        updatedAt: new Date().toISOString(),
        declaredAt: null,
        decidedAt: null,
        opinion: null,
      };
      await tx.objectStore('preReviews').put(next);
      return { status: 200, body: { preReview: next } };
    });
  }),
  // 查询: filtered, sorted and paged here, so that 10,000 records never travel to the page.
  customsApi.get('/api/pre-reviews', async ({ request }) => {
    const principal = await requireAccess(request, 'preReview');
    const query = parseListQuery(new URL(request.url).searchParams);
    const found = (await listByEnterprise<PreReviewRecord>('preReviews', principal.enterpriseId)).filter(
      (r) => matches(r, query),
    );
    found.sort(compareBy(query));
    const start = (query.page - 1) * query.pageSize;
    return HttpResponse.json({
      preReviews: found.slice(start, start + query.pageSize),
      total: found.length,
      page: query.page,
      pageSize: query.pageSize,
    });
  }),
  customsApi.get('/api/pre-reviews/:id', async ({ request, params }) => {
    const principal = await requireAccess(request, 'preReview');
    // One read by key; another enterprise's record is "not found", like one that does not exist.
    const record = await getRecord<PreReviewRecord>('preReviews', String(params.id));
    if (!record || record.enterpriseId !== principal.enterpriseId) throw problems.notFound(NOT_FOUND);
    return HttpResponse.json({ preReview: record });
  }),
  customsApi.post('/api/pre-reviews', save(false)),
  customsApi.put('/api/pre-reviews/:id', save(true)),
];
