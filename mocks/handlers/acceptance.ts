// 受理情况查询 (F5): every application of the enterprise, of every kind, derived on each request
// from the records the features write (the same items the customs console decides), plus its
// proxy-entry authorisations. Filtered, sorted and paged here.
import { endpoints } from '@/contract/endpoints';
import { HttpResponse } from 'msw';
import { acceptanceQuerySchema, type AcceptanceItem, type RecordArea } from '@/contract/acceptance';
import { compareAcceptance, matchesAcceptance } from '../domain/acceptance/acceptanceList';
import { pageOf } from '../domain/paging';
import type { ReviewItem } from '@/contract/review';
import type { AgencyRecord } from '@/contract/agency';
import { requireGate } from '../access';
import { listByEnterprise } from '../store/reads';
import { customsApi, readListQuery } from '../http';
import { enterpriseNames, type EnterpriseNames } from '../review/reviewKind';
import { reviewKinds } from '../review/reviewKinds';

const areas = new Map<string, RecordArea>([
  ['filing', 'filing'],
  ['personnel', 'personnel'],
  ['preReview', 'preReview'],
  ['verification', 'verification'],
]);

function fromReviewItem(item: ReviewItem): AcceptanceItem {
  return {
    id: `${item.kind}:${item.id}`,
    type: item.type,
    area: areas.get(item.kind) ?? 'filing',
    recordId: item.recordId,
    subject: item.subject,
    customsOffice: item.customsOffice,
    declaredAt: item.declaredAt,
    status: item.status,
    decidedAt: item.decidedAt,
    opinion: item.opinion,
    ...(item.approvalReceipt === undefined ? {} : { approvalReceipt: item.approvalReceipt }),
  };
}

/** A proxy-entry authorisation takes effect when recorded (customs does not review it). */
function fromAgency(agency: AgencyRecord, names: EnterpriseNames): AcceptanceItem | null {
  const created = agency.history.find((h) => h.action === '新增') ?? agency.history[0];
  if (!created) return null;
  const status = agency.status === '有效' ? '已生效' : '已撤销';
  return {
    id: `agency:${agency.id}`,
    type: 'agency',
    area: 'agencies' as const,
    recordId: agency.id,
    subject: `${agency.data.nameCn}（${agency.data.validFrom} 至 ${agency.data.validTo}）`,
    customsOffice: names.officeOf(agency.enterpriseId),
    declaredAt: created.at,
    status,
    decidedAt: agency.revokedAt,
    opinion: null,
  };
}

export async function acceptanceItems(enterpriseId: string): Promise<AcceptanceItem[]> {
  const names = await enterpriseNames();
  const reviewed = (await Promise.all(reviewKinds.map((kind) => kind.applicationsOf(enterpriseId, names))))
    .flat()
    .map(fromReviewItem);
  const agencies = (await listByEnterprise('agencies', enterpriseId))
    .map((agency) => fromAgency(agency, names))
    .filter((item): item is AcceptanceItem => item !== null);
  return [...reviewed, ...agencies];
}

const RECENT = 5;

export const acceptanceHandlers = [
  customsApi.on(endpoints.acceptance, async ({ request }) => {
    const principal = await requireGate(request, endpoints.acceptance);
    const query = readListQuery(request, acceptanceQuerySchema);
    const all = await acceptanceItems(principal.enterpriseId);
    const counted = new Map<string, number>();
    for (const item of all) counted.set(item.status, (counted.get(item.status) ?? 0) + 1);
    const counts = Object.fromEntries(counted);
    const recentDecisions = all
      .filter((item) => item.decidedAt && (item.status === '审核通过' || item.status === '审核不通过'))
      .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''))
      .slice(0, RECENT);
    const found = all.filter((item) => matchesAcceptance(item, query)).sort(compareAcceptance(query));
    const { rows, total } = pageOf(found, query);
    return HttpResponse.json({
      items: rows,
      total,
      counts,
      recentDecisions,
    });
  }),
];
