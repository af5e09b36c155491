// 海关模拟审核台 (the customs side, simulated): the queue of every enterprise's declared
// applications, and customs' decisions. Customs sessions only.
import { pageOf } from '../domain/paging';
import { endpoints } from '@/contract/endpoints';
import { Resource } from '@/contract/changes';
import { HttpResponse } from 'msw';
import { decisionRequestSchema, reviewListQuerySchema } from '@/contract/review';
import { inQueue, sortQueue } from '../domain/reviewQueue';
import { customsApi, idempotentWrite, parseBody, problems, readListQuery, requireCustoms } from '../http';
import { enterpriseNames, type ReviewKind } from '../review/reviewKind';
import { reviewKinds } from '../review/reviewKinds';

function kindOf(name: string): ReviewKind {
  const kind = reviewKinds.find((k) => k.kind === name);
  if (!kind) throw problems.notFound('没有这种申请类型。');
  return kind;
}

export const customsHandlers = [
  customsApi.on(endpoints.reviewQueue, async ({ request }) => {
    await requireCustoms(request);
    const query = readListQuery(request, reviewListQuerySchema);
    const names = await enterpriseNames();
    const all = (await Promise.all(reviewKinds.map((kind) => kind.list(names)))).flat();
    const { rows, total } = pageOf(
      sortQueue(
        all.filter((item) => inQueue(item, query)),
        query,
      ),
      query,
    );
    return HttpResponse.json({ items: rows, total });
  }),
  customsApi.on(endpoints.reviewItem, async ({ request, params }) => {
    await requireCustoms(request);
    const kind = kindOf(String(params.kind));
    const names = await enterpriseNames();
    const recordId = String(params.recordId);
    // The one awaiting a decision, else the latest decided; a withdrawn one was never customs'.
    const items = (await kind.list(names)).filter((i) => i.recordId === recordId && i.status !== '已撤回');
    const item =
      items.find((i) => i.status === '待审核') ??
      items.sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? '')).at(0);
    if (!item) throw problems.notFound('没有找到该申请，或该记录还没有申报过。');
    return HttpResponse.json({ item });
  }),
  customsApi.on(endpoints.decide, async ({ request, params }) => {
    const principal = await requireCustoms(request);
    const kind = kindOf(String(params.kind));
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
          { ...body, now: new Date().toISOString(), by: principal.displayName },
          names,
        );
        return { status: 200, body: { item } };
      },
    );
  }),
];
