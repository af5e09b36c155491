// A new pre-review (新增): saved as a draft any number of times, declared once every rule holds,
// then approved (正常/审核通过) or rejected (新增/审核不通过) by customs. Changes, cancellations,
// restores and deletions follow the state table of domain.md (part 2).
import type { Verdict } from '@/domain/verdict';
import type { PreReviewRecord } from './preReviewSchemas';
import type { Sheet } from './sheetSchemas';

export function canEditNew(record: PreReviewRecord | null): Verdict {
  if (!record) return { ok: true };
  if (record.state === '新增' && record.applicationStatus === '暂存') return { ok: true };
  return { ok: false, reason: `状态为“${record.state}/${record.applicationStatus}”的产品预审不能修改。` };
}

export function savedNew(
  record: PreReviewRecord | null,
  input: { id: string; enterpriseId: string; data: Sheet; declare: boolean; now: string },
): PreReviewRecord {
  return {
    id: record?.id ?? input.id,
    enterpriseId: input.enterpriseId,
    version: (record?.version ?? 0) + 1,
    state: '新增',
    applicationStatus: input.declare ? '申报' : '暂存',
    data: input.data,
    approvedData: null,
    createdAt: record?.createdAt ?? input.now,
    updatedAt: input.now,
    declaredAt: input.declare ? input.now : null,
    decidedAt: null,
    opinion: null,
  };
}

export function decidedNew(
  record: PreReviewRecord,
  input: { decision: 'approve' | 'reject'; opinion: string; now: string },
): PreReviewRecord {
  const approve = input.decision === 'approve';
  return {
    ...record,
    version: record.version + 1,
    state: approve ? '正常' : '新增',
    applicationStatus: approve ? '审核通过' : '审核不通过',
    approvedData: approve ? record.data : record.approvedData,
    updatedAt: input.now,
    decidedAt: input.now,
    opinion: input.opinion || (approve ? '产品预审审核通过' : null),
  };
}
