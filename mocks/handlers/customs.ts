// 海关模拟审核台 (the customs side, simulated): the queue of every enterprise's declared
// applications, and customs' decisions. Customs sessions only.
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { Resource } from '@/contract/changes';
import { decisionRequestSchema, reviewListQuerySchema } from '@/contract/review';
import { idempotentWrite } from '../http/idempotency';
import { problems } from '../http/problems';
import { customsApi } from '../http/routing';
import { requireCustoms } from '../http/sessions';
import { parseBody, readListQuery } from '../http/validation';
import { enterpriseNames, type ReviewKind } from '../domain/review/reviewKind';
import { reviewKinds } from '../domain/review/reviewKinds';
import { consoleIndex, itemsOf } from '../domain/review/consoleIndex';

function kindOf(name: string): ReviewKind {
  const kind = reviewKinds.find((k) => k.kind === name);
  if (!kind) throw problems.notFound('没有这种申请类型。');
  return kind;
}

export const customsHandlers = [
  customsApi.on(endpoints.reviewQueue, async ({ request }) => {
    await requireCustoms(request);
    const query = readListQuery(request, reviewListQuerySchema);
    const [names, index] = await Promise.all([enterpriseNames(), consoleIndex()]);
    const { entries, total } = index.page(query, names.matching(query));
    return HttpResponse.json({ items: await itemsOf(entries, names), total });
  }),
  customsApi.on(endpoints.reviewItem, async ({ request, params }) => {
    await requireCustoms(request);
    const kind = kindOf(String(params.kind));
    const [names, index] = await Promise.all([enterpriseNames(), consoleIndex()]);
    // The one awaiting a decision, else the latest decided; a withdrawn one was never customs'.
    const entry = index.current(kind.kind, String(params.recordId));
    const [item] = entry ? await itemsOf([entry], names) : [];
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
