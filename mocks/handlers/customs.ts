// 海关模拟审核台 (the customs side, simulated): the queue of every enterprise's declared
// applications, and customs' decisions. Customs sessions only.
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { Resource } from '@/contract/changes';
import { idempotentWrite } from '../http/idempotency';
import { problems } from '../http/problems';
import { customsApi } from '../http/routing';
import { enterpriseNames } from '../domain/review/reviewKind';
import { reviewKindOf } from '../domain/review/reviewKinds';
import { consoleIndex, itemsOf } from '../domain/review/consoleIndex';

export const customsHandlers = [
  customsApi.on(endpoints.reviewQueue, async ({ query }) => {
    const [names, index] = await Promise.all([enterpriseNames(), consoleIndex()]);
    const { entries, total } = index.page(query, names.matching(query));
    return HttpResponse.json({ items: await itemsOf(entries, names), total });
  }),
  // `:kind` is one of the contract's queues (reviewPathParams, checked by the route): a total lookup.
  customsApi.on(endpoints.reviewItem, async ({ params }) => {
    const kind = reviewKindOf[params.kind];
    const [names, index] = await Promise.all([enterpriseNames(), consoleIndex()]);
    // The one awaiting a decision, else the latest decided; a withdrawn one was never customs'.
    const entry = index.current(kind.kind, params.recordId);
    const [item] = entry ? await itemsOf([entry], names) : [];
    if (!item) throw problems.notFound('没有找到该申请，或该记录还没有申报过。');
    return HttpResponse.json({ item });
  }),
  customsApi.on(endpoints.decide, async ({ request, principal, params, body }) => {
    const kind = reviewKindOf[params.kind];
    const names = await enterpriseNames();
    return idempotentWrite(
      request,
      principal,
      kind.stores,
      [...kind.resources, Resource.customs],
      async (tx) => {
        const item = await kind.decide(
          tx,
          params.recordId,
          { ...body, now: new Date().toISOString(), by: principal.displayName },
          names,
        );
        return { status: 200, body: { item } };
      },
    );
  }),
];
