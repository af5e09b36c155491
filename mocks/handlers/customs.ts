// 海关模拟审核台 (the customs side, simulated): the queue of every enterprise's declared
// applications, and customs' decisions. Customs sessions only.
import { pageOf } from '../domain/paging';
import { endpoints } from '@/contract/endpoints';
import { Resource } from '@/contract/changes';
import { HttpResponse } from 'msw';
import {
  decisionRequestSchema,
  reviewListQuerySchema,
  type ReviewFilter,
  type ReviewItem,
} from '@/contract/review';
import { customsApi, idempotentWrite, parseBody, problems, readListQuery, requireCustoms } from '../http';
import { enterpriseNames } from '../review/reviewKind';
import { reviewKinds } from '../review/reviewKinds';

/** Pending: oldest first (first come, first served). Decided: newest decision first. */
function sortForQueue(items: ReviewItem[], filter: ReviewFilter): ReviewItem[] {
  return filter === 'pending'
    ? items.sort((a, b) => a.declaredAt.localeCompare(b.declaredAt))
    : items.sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
}

export const customsHandlers = [
  customsApi.on(endpoints.reviewQueue, async ({ request }) => {
    await requireCustoms(request);
    const { status: filter, ...paging } = readListQuery(request, reviewListQuerySchema);
    const names = await enterpriseNames();
    const all = (await Promise.all(reviewKinds.map((kind) => kind.list(names)))).flat();
    // Withdrawn applications never reached a decision: they are the enterprise's history only.
    const items = all.filter((item) =>
      filter === 'pending' ? item.status === '待审核' : item.status !== '待审核' && item.status !== '已撤回',
    );
    const { rows, total } = pageOf(sortForQueue(items, filter), paging);
    return HttpResponse.json({ items: rows, total });
  }),
  customsApi.on(endpoints.decide, async ({ request, params }) => {
    const principal = await requireCustoms(request);
    const kind = reviewKinds.find((k) => k.kind === params.kind);
    if (!kind) throw problems.notFound('没有这种申请类型。');
    const body = await parseBody(request, decisionRequestSchema, {
      decision: '审核结果',
      opinion: '审核意见',
    });
    const names = await enterpriseNames();
    return idempotentWrite(
      request,
      principal,
      kind.stores,
      [...kind.resources, Resource.customs],
      async (tx) => {
        const item = await kind.decide(
          tx,
          String(params.recordId),
          { ...body, now: new Date().toISOString() },
          names,
        );
        return { status: 200, body: { item } };
      },
    );
  }),
];
