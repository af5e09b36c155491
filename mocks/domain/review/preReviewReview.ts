// Product pre-review applications (产品预审 新增, 变更, 注销, 恢复, 删除) in the customs console:
// one item per declared application in each record's history, so decided ones (an approved
// deletion included) stay visible after the record has moved on.
import type { ReviewDetail, ReviewItem } from '@/contract/review';
import { evaluateSheet } from '@/domain/preReview/costSheet';
import type { PreReviewApplication, PreReviewRecord } from '@/contract/preReview';
import { diffSheets } from '@/domain/preReview/sheetDiff';
import type { Sheet } from '@/contract/sheet';
import { applicationSubject } from '../preReview/summaries';
import { decide, lastApplication } from '../preReview/recordWrites';
import { getRecords, listAll, readIn } from '../../store/reads';
import { PRE_REVIEW_STORES, putPreReview } from '../preReview/preReviewStore';
import { problems } from '../../http/problems';
import { checkVersion } from '../../http/versions';
import { entriesOfPreReview, preReviewEntry } from './entries';
import type { EnterpriseNames, ReviewKind } from './reviewKind';
import { changeAsked, reasonAsked } from './asked';

/** What approval would make the record: the application's sheet, else the record's. */
function declaredSheet(record: PreReviewRecord, application: PreReviewApplication): Sheet {
  return application.after ?? record.settled?.data ?? record.data;
}

type Percents = ReturnType<typeof evaluateSheet>;

function sheetDetails(sheet: Sheet, percents: Percents): ReviewDetail[] {
  const { product } = sheet;
  return [
    { label: '产品中文名称', value: product.nameCn },
    { label: '产品英文名称', value: product.nameEn },
    { label: '规格型号', value: product.model },
    { label: 'HS编码', value: product.hsCode },
    { label: '单位产品出厂价', value: `${product.exFactoryPrice} ${product.currency}` },
    { label: '单位产品 FOB 值', value: `${product.fobValue} ${product.currency}` },
    { label: '是否含有进口成分', value: product.hasImported },
    { label: '产品生产明细行数', value: String(sheet.lines.length) },
    { label: '非原产占出厂价的百分比', value: percents.exFactoryPercent },
    { label: '非原产占 FOB 的百分比', value: percents.fobPercent },
  ];
}

/**
 * What the officer reads of one application: 申请内容 (`asked`, one line) and its details. A change
 * is judged by what it changes (every changed field with its value before); the others by the
 * product they concern, with its 非原产 percentages.
 */
function describe(
  application: PreReviewApplication,
  sheet: Sheet,
): { asked: string; details: ReviewDetail[] } {
  const product = `${sheet.product.nameCn}（HS ${sheet.product.hsCode}）`;
  if (application.kind === '变更' && application.before && application.after) {
    const changes = diffSheets(application.before, application.after);
    return {
      asked: `${product}${changeAsked(changes.map((c) => c.label))}`,
      details: changes.map((c) => ({ label: c.label, value: c.after, previous: c.before })),
    };
  }
  const percents = evaluateSheet(sheet, { forDeclare: false });
  return {
    asked:
      application.kind === '新增'
        ? `${product}，非原产占出厂价 ${percents.exFactoryPercent}，占 FOB ${percents.fobPercent}`
        : `${application.kind}${product}${reasonAsked(application.reason)}`,
    details: [
      ...(application.reason ? [{ label: '申请说明', value: application.reason }] : []),
      ...sheetDetails(sheet, percents),
    ],
  };
}

function toItem(
  record: PreReviewRecord,
  application: PreReviewApplication,
  enterprises: EnterpriseNames,
): ReviewItem {
  const sheet = declaredSheet(record, application);
  const { enterpriseId, ...listed } = preReviewEntry(record, application);
  return {
    ...listed,
    version: record.version,
    enterprise: enterprises.get(enterpriseId),
    subject: applicationSubject(record, application),
    ...describe(application, sheet),
    customsOffice: enterprises.officeOf(enterpriseId),
    opinion: application.opinion,
    decidedBy: application.decidedBy ?? null,
    sheet,
  };
}

export const preReviewReview: ReviewKind = {
  kind: 'preReview',
  stores: PRE_REVIEW_STORES,
  resources: ['preReviews'],
  entries: async () => (await listAll('preReviewApplications')).flatMap(entriesOfPreReview),
  async items(recordIds, enterprises) {
    return (await getRecords('preReviews', recordIds)).flatMap((record) =>
      record.applications.map((application) => toItem(record, application, enterprises)),
    );
  },
  async decide(tx, recordId, input, enterprises) {
    // Gone (or removed, ST4) is said before any version conflict.
    const found = await readIn(tx, 'preReviews', recordId);
    if (!found) throw problems.notFound('没有找到该产品预审。');
    if (found.removedAt) throw problems.notFound('该产品预审已删除。');
    const record = (await checkVersion(tx, 'preReviews', recordId, input.version)) ?? found;
    const written = decide(record, input);
    if (written.kind === 'refused') throw problems.illegalState(written.reason);
    if (written.kind === 'removed') throw new Error('a declared pre-review always keeps its history');
    await putPreReview(tx, written.record);
    const decided = lastApplication(written.record);
    if (!decided) throw new Error('a decided pre-review has an application');
    return toItem(written.record, decided, enterprises);
  },
};
