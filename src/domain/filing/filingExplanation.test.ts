// Every state a filing can be in reads in words with one next step; a refused change says the
// approved filing was kept (FR3), a refused filing carries customs' opinion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyFilingDraft,
  filingApplicationStatuses,
  type FilingApplication,
  type FilingRecord,
} from '@/contract/filing';
import { explainFiling, filingStatusLabel } from './filingExplanation';

const data = { ...emptyFilingDraft, nameCn: '宁波精工', enterpriseType: '生产型企业' };

function record(
  approved: boolean,
  current: Pick<FilingApplication, 'kind' | 'status'> | null,
  opinion: string | null = null,
): FilingRecord {
  const decided = current?.status === '审核通过' || current?.status === '审核不通过';
  return {
    id: 'f',
    enterpriseId: 'e',
    version: 1,
    updatedAt: '2026-01-01T00:00:00Z',
    filingNo: approved ? '3107A19000187' : null,
    approvedAt: approved ? '2026-01-01T00:00:00Z' : null,
    approved: approved ? data : null,
    current: current && {
      id: 'a',
      ...current,
      data,
      savedAt: '2026-01-01T00:00:00Z',
      declaredAt: current.status === '暂存' ? null : '2026-01-01T00:00:00Z',
      decidedAt: decided ? '2026-01-02T00:00:00Z' : null,
      opinion,
    },
    history: [],
  };
}

describe('explainFiling', () => {
  it('explains every filing and change in every status, in words, with a next step', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.option(
          fc.record({
            kind: fc.constantFrom('filing' as const, 'change' as const),
            status: fc.constantFrom(...filingApplicationStatuses),
          }),
        ),
        (approved, current) => {
          const explained = explainFiling(record(approved, current));
          expect(explained.title).not.toBe('');
          expect(explained.detail).not.toBe('');
          expect(explained.action).not.toBe('');
          expect(`${explained.title}${explained.detail}`).not.toMatch(/(FR|PR|ST|VR)\d|申报中/);
          // A change is only ever open on an approved filing, and never before it.
          if (!approved) expect(explained.page).toBe('filing');
        },
      ),
    );
  });

  it('FR3: a refused change says the approved filing is unchanged, with customs’ opinion', () => {
    const explained = explainFiling(
      record(true, { kind: 'change', status: '审核不通过' }, '住所与营业执照不一致'),
    );
    expect(explained.title).toBe('备案变更申请未通过审核，备案信息未变更');
    expect(explained.detail).toContain('变更前经海关审核的内容');
    expect(explained.opinion).toBe('住所与营业执照不一致');
    expect(explained).toMatchObject({ tone: 'warning', page: 'change', action: '重新办理备案变更' });
  });

  it('a refused filing shows the opinion and asks for a corrected declaration', () => {
    const explained = explainFiling(record(false, { kind: 'filing', status: '审核不通过' }, '执照不清晰'));
    expect(explained).toMatchObject({
      tone: 'error',
      title: '企业备案申请未通过审核',
      opinion: '执照不清晰',
      action: '修改企业备案',
    });
  });

  it('a declared change is with customs and sends the exporter to the change page', () => {
    const explained = explainFiling(record(true, { kind: 'change', status: '申报' }));
    expect(explained.title).toBe('备案变更申请已申报，海关审核中');
    expect(explained.page).toBe('change');
    expect(explained.opinion).toBeNull();
  });

  it('an approved filing opens the other business by enterprise type', () => {
    expect(explainFiling(record(true, { kind: 'filing', status: '审核通过' }))).toMatchObject({
      title: '企业备案已审核通过',
      detail: expect.stringContaining('可以办理产品预审') as unknown,
    });
    expect(explainFiling(null)).toMatchObject({ title: '尚未办理企业备案', action: '办理企业备案' });
  });

  it('reads 申报 as 审核中 and leaves the other statuses as they are', () => {
    expect(filingStatusLabel('申报')).toBe('审核中');
    expect(filingStatusLabel('审核不通过')).toBe('审核不通过');
  });
});
