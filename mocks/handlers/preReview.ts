// 产品预审 (F3) as the customs service handles it: only for enterprises the gate lets in (FR2–FR4),
// every rule of PR1–PR6 and the declare conditions re-checked with the model's own code.
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { Resource } from '@/contract/changes';
import { evaluateSheet, withoutBlankLines } from '@/domain/preReview/costSheet';
import { deletesAtOnce } from '@/domain/preReview/stateTable';
import { rowOf } from '../domain/preReview/summaries';
import { saveDraft, takeAction, type Written } from '../domain/preReview/recordWrites';
import { ownRecord } from '../http/access';
import { getRecord, getRecords, listByEnterprise, readIn } from '../store/reads';
import { type WriteTx } from '../store/schema';
import {
  deletePreReview,
  PRE_REVIEW_STORES,
  preReviewList,
  putPreReview,
} from '../domain/preReview/preReviewStore';
import { nextPreReviewNumber, NUMBERING_STORES } from '../domain/preReview/preReviewNumbers';
import { idempotentWrite } from '../http/idempotency';
import { Problem, problems } from '../http/problems';
import { customsApi, type RouteInput } from '../http/routing';

const RESOURCE = Resource.preReviews;

const NOT_FOUND = '没有找到该产品预审。';
const REMOVED = '该产品预审已删除，删除后不可恢复。';

/** One of the enterprise's records that has not been removed, at the version the client read. */
async function liveRecord(tx: WriteTx, enterpriseId: string, id: string, version: number) {
  // Removed is said before any version conflict: a second tab learns the record is gone for good.
  const found = await readIn(tx, 'preReviews', id);
  if (found?.enterpriseId === enterpriseId && found.removedAt) throw problems.notFound(REMOVED);
  return ownRecord(tx, 'preReviews', enterpriseId, id, version, NOT_FOUND);
}

/** Stores what a write produced; the answer carries the record, or null once it is removed (ST4). */
async function store(tx: WriteTx, id: string, written: Written, status: number) {
  if (written.kind === 'refused') throw problems.illegalState(written.reason);
  if (written.kind === 'removed') await deletePreReview(tx, id);
  else await putPreReview(tx, written.record);
  const live = written.kind === 'record' && !written.record.removedAt ? written.record : null;
  return { status, body: { preReview: live } };
}

/** 暂存 or 申报 of a new sheet (`id` null) or of a draft. */
async function save(
  { request, principal, body }: RouteInput<typeof endpoints.createPreReview>,
  existingId: string | null,
) {
  if (body.declare) {
    const { violations } = evaluateSheet(body.data, { forDeclare: true });
    const first = violations[0];
    if (first) {
      const more = violations.length > 1 ? `（共 ${violations.length} 处需要修改）` : '';
      throw new Problem(
        422,
        'VALIDATION',
        `${first.message}${more}`,
        violations.map((v) => ({ path: `data.${v.path}`, message: v.message })),
      );
    }
  }
  const stores = existingId ? PRE_REVIEW_STORES : [...PRE_REVIEW_STORES, ...NUMBERING_STORES];
  return idempotentWrite(request, principal, stores, [RESOURCE], async (tx) => {
    const id = existingId ?? crypto.randomUUID();
    const record = existingId ? await liveRecord(tx, principal.enterpriseId, id, body.version) : null;
    const written = saveDraft(record, {
      id,
      number: record?.number ?? (await nextPreReviewNumber(tx, principal.enterpriseId)),
      enterpriseId: principal.enterpriseId,
      // Blank lines are no lines (domain.md F3): not kept, whoever sends them.
      data: withoutBlankLines(body.data),
      declare: body.declare,
      now: new Date().toISOString(),
    });
    return store(tx, id, written, existingId ? 200 : 201);
  });
}

export const preReviewHandlers = [
  // 变更, 注销, 恢复, 删除: exactly what the action table allows; anything else is a 409 with the reason.
  customsApi.on(endpoints.preReviewAction, async ({ request, principal, params, body }) => {
    return idempotentWrite(request, principal, PRE_REVIEW_STORES, [RESOURCE], async (tx) => {
      const { id } = params;
      const record = await liveRecord(tx, principal.enterpriseId, id, body.version);
      if (body.action === 'delete' && !deletesAtOnce(record.state) && body.reason === '')
        throw new Problem(422, 'VALIDATION', '请填写申请说明：删除申请须经海关审核', [
          { path: 'reason', message: '请填写申请说明' },
        ]);
      return store(tx, id, takeAction(record, body, new Date().toISOString()), 200);
    });
  }),
  // 查询: filtered, sorted and paged here off the enterprise's kept list (preReviewList), so that
  // 10,000 records never travel to the page and a page costs about the same at 100,000.
  customsApi.on(endpoints.preReviews, async ({ principal, query }) => {
    const { enterpriseId } = principal;
    const list = await preReviewList(enterpriseId, () =>
      listByEnterprise('preReviewSummaries', enterpriseId),
    );
    const { rows, total } = list.page(query);
    const page = await getRecords(
      'preReviews',
      rows.map((summary) => summary.id),
    );
    return HttpResponse.json({
      preReviews: page.map(rowOf),
      total,
      page: query.page,
      pageSize: query.pageSize,
    });
  }),
  customsApi.on(endpoints.preReview, async ({ principal, params }) => {
    // One read by key; another enterprise's record is "not found", like one that does not exist.
    const record = await getRecord('preReviews', params.id);
    if (!record || record.enterpriseId !== principal.enterpriseId) throw problems.notFound(NOT_FOUND);
    if (record.removedAt) throw problems.notFound(REMOVED);
    return HttpResponse.json({ preReview: record });
  }),
  customsApi.on(endpoints.createPreReview, (input) => save(input, null)),
  customsApi.on(endpoints.updatePreReview, (input) => save(input, input.params.id)),
];
