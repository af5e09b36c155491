// A verification record as the service writes it: the enterprise's response (VR1, VR2) and
// customs' completion or return. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import type { Attachment, VerificationRecord } from '@/contract/verification';
import { aVerification } from '@/test/verifications';
import { decideVerification, respond } from './verificationWrites';

const T1 = '2026-12-01T08:00:00.000Z';
const T2 = '2026-12-02T08:00:00.000Z';
const T3 = '2026-12-03T08:00:00.000Z';

const issued = aVerification({
  requiredDocuments: ['processFlow', 'purchaseInvoices'],
  issuedAt: T1,
  updatedAt: T1,
});
const file = (name: string) => ({ id: `f-${name}`, name, size: 10, type: 'application/pdf' as const });
const complete: Attachment[] = [
  { document: 'processFlow', file: file('流程.pdf') },
  { document: 'purchaseInvoices', file: file('发票.pdf') },
];

function responded(record: VerificationRecord, now: string): VerificationRecord {
  const written = respond(record, { reply: '已说明', attachments: complete, by: '周立新', now });
  if (written.kind !== 'record') throw new Error(written.reason);
  return written.record;
}

describe('respond (处理): VR1 and VR2', () => {
  it('a complete response: 已回复, numbered, stamped with who and when, one version on', () => {
    const after = responded(issued, T2);
    expect(after).toMatchObject({ state: '已回复', version: 2, updatedAt: T2 });
    expect(after.responses).toEqual([
      { n: 1, reply: '已说明', attachments: complete, submittedAt: T2, submittedBy: '周立新', outcome: null },
    ]);
  });

  it('VR2: names how many required documents lack a file, and which, each at its field', () => {
    const written = respond(issued, { reply: '', attachments: [complete[0]!], by: '周立新', now: T2 });
    expect(written).toEqual({
      kind: 'refused',
      reason: '还有 1 项必须上传的电子资料没有附件：原材料采购发票。',
      fieldErrors: [
        { path: 'documents.purchaseInvoices', message: expect.stringContaining('原材料采购发票') },
      ],
    });
  });

  it('VR1: a record 已回复 or 核查完成 is refused, with its state in the reason', () => {
    const answered = responded(issued, T2);
    for (const record of [answered, { ...answered, state: '核查完成' as const }]) {
      const written = respond(record, { reply: '', attachments: complete, by: '周立新', now: T3 });
      expect(written.kind).toBe('refused');
      expect(written.kind === 'refused' ? written.reason : '').toContain(`状态为“${record.state}”`);
    }
  });
});

describe('decideVerification: customs completes or returns (退回核查)', () => {
  it('only a record 已回复 can be decided', () => {
    for (const state of ['待核查', '退回核查', '核查完成'] as const) {
      const written = decideVerification(
        { ...issued, state },
        { decision: 'approve', opinion: '', now: T2, by: '王敏' },
      );
      expect(written).toEqual({ kind: 'refused', reason: `状态为“${state}”的核查记录单没有待审核的回复。` });
    }
  });

  it('completion without an opinion says 核查完成; with one, keeps it', () => {
    const answered = responded(issued, T2);
    const done = decideVerification(answered, { decision: 'approve', opinion: '', now: T3, by: '王敏' });
    expect(done.kind === 'record' && done.record).toMatchObject({
      state: '核查完成',
      version: 3,
      updatedAt: T3,
    });
    expect(done.kind === 'record' && done.record.responses[0]?.outcome).toEqual({
      kind: 'completed',
      opinion: '核查完成',
      at: T3,
      by: '王敏',
    });
    const said = decideVerification(answered, {
      decision: 'approve',
      opinion: '资料齐全',
      now: T3,
      by: '王敏',
    });
    expect(said.kind === 'record' && said.record.responses[0]?.outcome).toMatchObject({
      opinion: '资料齐全',
    });
  });

  it('a return then a second response: the return stays on the first response, only the last gets the new outcome', () => {
    const returned = decideVerification(responded(issued, T1), {
      decision: 'reject',
      opinion: '发票不清晰',
      now: T2,
      by: '王敏',
    });
    if (returned.kind !== 'record') throw new Error(returned.reason);
    expect(returned.record.state).toBe('退回核查');
    const second = responded(returned.record, T2);
    const done = decideVerification(second, { decision: 'approve', opinion: '', now: T3, by: '王敏' });
    if (done.kind !== 'record') throw new Error(done.reason);
    expect(done.record.responses.map((r) => [r.n, r.outcome])).toEqual([
      [1, { kind: 'returned', reason: '发票不清晰', at: T2, by: '王敏' }],
      [2, { kind: 'completed', opinion: '核查完成', at: T3, by: '王敏' }],
    ]);
  });
});
