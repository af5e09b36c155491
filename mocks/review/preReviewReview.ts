// New product pre-reviews (产品预审 新增) in the customs console.
import type { ReviewItem } from '@/features/customs/model/reviewSchemas';
import { evaluateSheet } from '@/features/preReview/model/costSheet';
import { applyDecision } from '@/features/preReview/model/lifecycle';
import type { PreReviewRecord } from '@/features/preReview/model/preReviewSchemas';
import { listAll } from '../db';
import { checkVersion, problems } from '../http';
import type { EnterpriseNames, ReviewKind } from './reviewKind';

/** What a declared application is, by the state it was declared in. */
const kindLabels: Record<PreReviewRecord['state'], string> = {
  新增: '产品预审（新增）',
  正常: '产品预审',
  变更: '产品预审变更申请',
  注销: '产品预审注销申请',
  恢复: '产品预审恢复申请',
  删除: '产品预审删除申请',
};

function toItem(record: PreReviewRecord, enterprises: EnterpriseNames): ReviewItem | null {
  if (!record.declaredAt || record.applicationStatus === '暂存') return null;
  const { product } = record.data;
  const result = evaluateSheet(record.data, { forDeclare: false });
  return {
    kind: 'preReview',
    kindLabel: kindLabels[record.state],
    id: `${record.id}@${record.declaredAt}`,
    recordId: record.id,
    version: record.version,
    enterprise: enterprises.get(record.enterpriseId),
    subject: `${product.nameCn}（HS ${product.hsCode}）`,
    customsOffice: null,
    declaredAt: record.declaredAt,
    status: record.applicationStatus === '申报' ? '待审核' : record.applicationStatus,
    decidedAt: record.decidedAt,
    opinion: record.opinion,
    details: [
      { label: '产品中文名称', value: product.nameCn },
      { label: '产品英文名称', value: product.nameEn },
      { label: '规格型号', value: product.model },
      { label: 'HS编码', value: product.hsCode },
      { label: '单位产品出厂价', value: `${product.exFactoryPrice} ${product.currency}` },
      { label: '单位产品 FOB 值', value: `${product.fobValue} ${product.currency}` },
      { label: '是否含有进口成分', value: product.hasImported },
      { label: '产品生产明细', value: `${record.data.lines.length} 行` },
      { label: '非原产占出厂价的百分比', value: result.exFactoryPercent },
      { label: '非原产占 FOB 的百分比', value: result.fobPercent },
    ],
  };
}

export const preReviewReview: ReviewKind = {
  kind: 'preReview',
  stores: ['preReviews'],
  resources: ['preReviews'],
  async list(enterprises) {
    return (await listAll<PreReviewRecord>('preReviews'))
      .map((record) => toItem(record, enterprises))
      .filter((item): item is ReviewItem => item !== null);
  },
  async decide(tx, recordId, input, enterprises) {
    const record = await checkVersion<PreReviewRecord>(tx, 'preReviews', recordId, input.version);
    if (!record) throw problems.notFound('没有找到该产品预审。');
    const declared = record;
    const outcome = applyDecision(record, input.decision);
    if (outcome.kind === 'refused') throw problems.illegalState(outcome.reason);
    const stamp = { version: record.version + 1, updatedAt: input.now, decidedAt: input.now };
    const opinion = input.opinion || (input.decision === 'approve' ? '产品预审审核通过' : null);
    if (outcome.kind === 'removed') {
      // ST4: an approved deletion removes the record for good.
      await tx.objectStore('preReviews').delete(recordId);
    } else {
      await tx.objectStore('preReviews').put({ ...outcome.record, ...stamp, opinion });
    }
    const decided: PreReviewRecord = {
      ...declared,
      ...stamp,
      applicationStatus: input.decision === 'approve' ? '审核通过' : '审核不通过',
      opinion,
    };
    const item = toItem(decided, enterprises);
    if (!item) throw new Error('a decided pre-review must be listable');
    return item;
  },
};
