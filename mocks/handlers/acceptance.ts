// 受理情况查询 (F5): every application of the enterprise, of every kind — the console's index's
// entries (the same applications the customs console decides), plus its proxy-entry
// authorisations. Filtered, sorted and paged on what the index keeps; only the page's items (and
// the five latest decisions) are built from their records, so 10,000 pre-reviews cost a page.
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import type { AcceptanceItem, RecordArea } from '@/contract/acceptance';
import type { ReviewItem } from '@/contract/review';
import type { AgencyRecord } from '@/contract/agency';
import {
  compareAcceptance,
  matchesAcceptance,
  type AcceptanceRow,
} from '../domain/acceptance/acceptanceList';
import { compareText } from '../domain/sortedRows';
import { pageOf } from '../domain/paging';
import { listByEnterprise } from '../store/reads';
import { customsApi } from '../http/routing';
import { enterpriseNames, type EnterpriseNames } from '../domain/review/reviewKind';
import { consoleIndex, itemsOf } from '../domain/review/consoleIndex';
import type { ReviewEntry } from '../domain/review/entries';

const areas = new Map<string, RecordArea>([
  ['filing', 'filing'],
  ['personnel', 'personnel'],
  ['preReview', 'preReview'],
  ['verification', 'verification'],
]);

/** An application's id in 受理情况查询: its kind and its id there (ids repeat across kinds). */
const acceptanceId = (application: { kind: string; id: string }) => `${application.kind}:${application.id}`;

function fromReviewItem(item: ReviewItem): AcceptanceItem {
  return {
    id: acceptanceId(item),
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

/** An application the index keeps, as the query reads it (its item is built only if shown). */
interface IndexedRow extends AcceptanceRow {
  entry: ReviewEntry;
}

const indexedRow = (entry: ReviewEntry): IndexedRow => ({
  id: acceptanceId(entry),
  type: entry.type,
  status: entry.status,
  declaredAt: entry.declaredAt,
  decidedAt: entry.decidedAt,
  entry,
});

/**
 * Every application of the enterprise as the query reads it: the reviewed kinds' from the
 * console's index (an item is built only for what is shown), and its agencies as items (a few).
 */
async function acceptanceRows(
  enterpriseId: string,
  names: EnterpriseNames,
): Promise<Array<IndexedRow | AcceptanceItem>> {
  const [index, agencies] = await Promise.all([consoleIndex(), listByEnterprise('agencies', enterpriseId)]);
  const reviewed = Array.from(index.ofEnterprise(enterpriseId), indexedRow);
  const authorised = agencies
    .map((agency) => fromAgency(agency, names))
    .filter((item): item is AcceptanceItem => item !== null);
  return [...reviewed, ...authorised];
}

/** The items of `rows`, in their order: an indexed application's built from its record. */
async function itemsOfRows(
  rows: ReadonlyArray<IndexedRow | AcceptanceItem>,
  names: EnterpriseNames,
): Promise<AcceptanceItem[]> {
  const indexed = rows.flatMap((row) => ('entry' in row ? [row.entry] : []));
  const built = new Map((await itemsOf(indexed, names)).map(fromReviewItem).map((item) => [item.id, item]));
  return rows.flatMap((row) => ('entry' in row ? (built.get(row.id) ?? []) : [row]));
}

const RECENT = 5;

export const acceptanceHandlers = [
  customsApi.on(endpoints.acceptance, async ({ principal, query }) => {
    const names = await enterpriseNames();
    const all = await acceptanceRows(principal.enterpriseId, names);
    const counted = new Map<string, number>();
    for (const row of all) counted.set(row.status, (counted.get(row.status) ?? 0) + 1);
    const counts = Object.fromEntries(counted);
    const recent = all
      .filter((row) => row.decidedAt && (row.status === '审核通过' || row.status === '审核不通过'))
      .sort((a, b) => compareText(b.decidedAt ?? '', a.decidedAt ?? ''))
      .slice(0, RECENT);
    const found = all.filter((row) => matchesAcceptance(row, query)).sort(compareAcceptance(query));
    const { rows, total } = pageOf(found, query);
    const shown = await itemsOfRows([...rows, ...recent], names);
    return HttpResponse.json({
      items: shown.slice(0, rows.length),
      total,
      counts,
      recentDecisions: shown.slice(rows.length),
    });
  }),
];
