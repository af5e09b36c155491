// A filing record as the service writes it (FR1): a draft continued or a new application begun,
// the history of finished ones, a withdrawal, and customs' decision with its 备案号 and default
// opinions. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { emptyFilingDraft, type FilingDraft, type FilingRecord } from '@/contract/filing';
import { canDecideFiling, decideFiling, filingStanding, withApplication, withdrawn } from './filingWrites';

const T1 = '2026-03-01T08:00:00.000Z';
const T2 = '2026-03-02T08:00:00.000Z';
const T3 = '2027-01-03T08:00:00.000Z';
const data: FilingDraft = {
  ...emptyFilingDraft,
  nameCn: '苏州工业园区新启电子科技有限公司',
  customsCode: '3205960822',
  customsOfficeCode: '2327',
  enterpriseType: '生产型企业',
};

let ids = 0;
const newId = () => `app-${(ids += 1)}`;
const write = (
  record: FilingRecord | null,
  kind: 'filing' | 'change',
  status: '暂存' | '申报',
  now: string,
  changes: Partial<FilingDraft> = {},
) =>
  withApplication(record, {
    kind,
    recordId: 'filing-1',
    enterpriseId: 'ent-a',
    data: { ...data, ...changes },
    status,
    now,
    newId,
  });

describe('withApplication: 暂存 and 申报 of a filing or a change', () => {
  it('a second 暂存 of the same kind continues the draft: same application, no history', () => {
    const first = write(null, 'filing', '暂存', T1);
    const second = write(first, 'filing', '暂存', T2, { nameCn: '第二版' });
    expect(second.current).toMatchObject({ id: first.current?.id, data: { nameCn: '第二版' }, savedAt: T2 });
    expect(second.history).toEqual([]);
    expect(second.version).toBe(first.version + 1);
  });

  it('申报 after 暂存 declares that same draft and stamps declaredAt; 暂存 leaves it empty', () => {
    const draft = write(null, 'filing', '暂存', T1);
    expect(draft.current?.declaredAt).toBeNull();
    const declared = write(draft, 'filing', '申报', T2);
    expect(declared.current).toMatchObject({ id: draft.current?.id, status: '申报', declaredAt: T2 });
    expect(declared.history).toEqual([]);
  });

  it('a draft of another kind, or after a decided application, starts a new one; the old goes to history, newest first', () => {
    const declared = write(null, 'filing', '申报', T1);
    const approved = decideFiling(declared, { decision: 'approve', opinion: '', now: T2, by: '王敏' });
    const change = write(approved, 'change', '暂存', T3);
    expect(change.current?.id).not.toBe(approved.current?.id);
    expect(change.history).toEqual([approved.current]);
    const rejected = decideFiling(write(change, 'change', '申报', T3), {
      decision: 'reject',
      opinion: '请补充',
      now: T3,
      by: '王敏',
    });
    const again = write(rejected, 'change', '暂存', T3);
    expect(again.history.map((a) => a.status)).toEqual(['审核不通过', '审核通过']);
    // A 暂存 of a filing while a change draft is open is another kind: the change draft is finished.
    const otherKind = write(write(rejected, 'change', '暂存', T3), 'filing', '暂存', T3);
    expect(otherKind.history[0]?.kind).toBe('change');
  });
});

describe('withdrawn and canDecideFiling (FR1)', () => {
  it('撤回 makes the application 已撤回, one version on; a record without an application is left as it is', () => {
    const declared = write(null, 'filing', '申报', T1);
    const after = withdrawn(declared, T2);
    expect(after).toMatchObject({ version: declared.version + 1, updatedAt: T2 });
    expect(after.current).toMatchObject({ status: '已撤回', decidedAt: T2 });
    const none = { ...declared, current: null };
    expect(withdrawn(none, T2)).toBe(none);
  });

  it('customs decides only a 申报 application, and says why not otherwise', () => {
    const declared = write(null, 'filing', '申报', T1);
    expect(canDecideFiling(declared).ok).toBe(true);
    for (const record of [null, write(null, 'filing', '暂存', T1), withdrawn(declared, T2)]) {
      const verdict = canDecideFiling(record);
      expect(verdict.ok).toBe(false);
      expect(verdict.ok ? '' : verdict.reason).toContain('不在待审核状态');
    }
  });
});

describe('decideFiling: customs approves or rejects', () => {
  it('approving a first filing gives the 备案号 (关区 A 年份 海关编码后六位) and says it in the default opinion', () => {
    const approved = decideFiling(write(null, 'filing', '申报', T3), {
      decision: 'approve',
      opinion: '',
      now: T3,
      by: '王敏',
    });
    expect(approved.filingNo).toBe('2327A27960822');
    expect(approved.current?.opinion).toBe('备案审核通过，备案号是2327A27960822');
    expect(approved.approvedAt).toBe(T3);
    expect(approved.approved?.nameCn).toBe(data.nameCn);
  });

  it('approving a change keeps the 备案号 and says 备案变更审核通过; an opinion given is kept as written', () => {
    const first = decideFiling(write(null, 'filing', '申报', T1), {
      decision: 'approve',
      opinion: '',
      now: T1,
      by: '王敏',
    });
    const change = write(first, 'change', '申报', T3, { nameCn: '新名称', customsCode: '3205961111' });
    const approved = decideFiling(change, { decision: 'approve', opinion: '', now: T3, by: '王敏' });
    expect(approved.filingNo).toBe(first.filingNo);
    expect(approved.current?.opinion).toBe(`备案变更审核通过，备案号是${first.filingNo}`);
    expect(approved.approved?.nameCn).toBe('新名称');
    expect(
      decideFiling(change, { decision: 'approve', opinion: '同意', now: T3, by: '王敏' }).current?.opinion,
    ).toBe('同意');
  });

  it('a rejection keeps the approved filing and its date, and has no default opinion', () => {
    const first = decideFiling(write(null, 'filing', '申报', T1), {
      decision: 'approve',
      opinion: '',
      now: T1,
      by: '王敏',
    });
    const change = write(first, 'change', '申报', T3, { nameCn: '新名称' });
    const rejected = decideFiling(change, { decision: 'reject', opinion: '', now: T3, by: '王敏' });
    expect(rejected).toMatchObject({ filingNo: first.filingNo, approvedAt: T1, approved: first.approved });
    expect(rejected.current).toMatchObject({ status: '审核不通过', opinion: null, decidedAt: T3 });
    const never = decideFiling(write(null, 'filing', '申报', T1), {
      decision: 'reject',
      opinion: '',
      now: T1,
      by: '王敏',
    });
    expect(never).toMatchObject({ filingNo: null, approvedAt: null, approved: null });
  });
});

describe('filingStanding: what the FR2–FR4 gate reads', () => {
  it('approved, a declared change, and the approved enterprise type', () => {
    expect(filingStanding(null)).toEqual({
      filingApproved: false,
      changeDeclared: false,
      enterpriseType: null,
    });
    const first = decideFiling(write(null, 'filing', '申报', T1), {
      decision: 'approve',
      opinion: '',
      now: T1,
      by: '王敏',
    });
    expect(filingStanding(first)).toEqual({
      filingApproved: true,
      changeDeclared: false,
      enterpriseType: '生产型企业',
    });
    expect(filingStanding(write(first, 'change', '申报', T2)).changeDeclared).toBe(true);
    expect(filingStanding(write(first, 'change', '暂存', T2)).changeDeclared).toBe(false);
    // A declared first filing is not a declared change.
    expect(filingStanding(write(null, 'filing', '申报', T1)).changeDeclared).toBe(false);
  });
});
