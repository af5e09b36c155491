// VR1, VR2 and the verification life cycle as pure rules, including a property test over random
// sequences of responses and customs decisions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentCatalog,
  verificationStates,
  type Attachment,
  type DocumentKey,
} from '@/contract/verification';
import { aVerification } from '@/test/verifications';
import { decideVerification, respond } from '../../../mocks/domain/verification/verificationWrites';
import {
  canProcess,
  isOverdue,
  missingDocuments,
  returnReason,
  startingAttachments,
} from './verificationRules';

const file = (id: string) => ({ id, name: `${id}.pdf`, size: 10, type: 'application/pdf' as const });
const record = aVerification;
const now = '2026-11-28T00:00:00.000Z';
const keys = documentCatalog.map((d) => d.key);

describe('verification rules', () => {
  it('VR1: only 待核查 and 退回核查 can be processed', () => {
    expect(verificationStates.filter((s) => canProcess(s).ok)).toEqual(['待核查', '退回核查']);
    expect(canProcess('已回复')).toEqual({
      ok: false,
      reason: '状态为“已回复”的核查记录单不能处理，只有待核查或退回核查的可以处理。',
    });
  });

  it('VR2: a response is accepted exactly when every ticked document has a file', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1 }),
        fc.array(fc.constantFrom<DocumentKey | 'other'>(...keys, 'other')),
        (required, attachedKinds) => {
          const attachments: Attachment[] = attachedKinds.map((document, i) => ({
            document,
            file: file(`f${i}`),
          }));
          const missing = missingDocuments(required, attachments);
          expect(missing).toEqual(required.filter((k) => !attachedKinds.includes(k)));
          const written = respond(record({ requiredDocuments: required }), {
            reply: '说明',
            attachments,
            by: 'u',
            now,
          });
          expect(written.kind === 'record').toBe(missing.length === 0);
          if (written.kind === 'refused')
            expect(written.fieldErrors?.map((e) => e.path)).toEqual(missing.map((k) => `documents.${k}`));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is overdue from the day after its deadline, only while it awaits the enterprise', () => {
    expect(isOverdue(record(), '2026-12-10')).toBe(false);
    expect(isOverdue(record(), '2026-12-11')).toBe(true);
    expect(isOverdue(record({ state: '退回核查' }), '2026-12-11')).toBe(true);
    expect(isOverdue(record({ state: '已回复' }), '2026-12-11')).toBe(false);
    expect(isOverdue(record({ state: '核查完成' }), '2027-01-01')).toBe(false);
  });

  it('under any sequence of responses and decisions, states follow F4 and a return keeps the files', () => {
    const step = fc.oneof(
      fc.constant({ kind: 'respond' as const }),
      fc
        .constantFrom('approve' as const, 'reject' as const)
        .map((decision) => ({ kind: 'decide' as const, decision })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let current = record();
        for (const s of steps) {
          const attachments: Attachment[] = [
            { document: 'processFlow', file: file(`flow-${current.version}`) },
            { document: 'purchaseList', file: file(`list-${current.version}`) },
          ];
          const written =
            s.kind === 'respond'
              ? respond(current, { reply: '回复', attachments, by: 'u', now })
              : decideVerification(current, { decision: s.decision, opinion: '原因', now, by: '王敏' });
          const allowed = s.kind === 'respond' ? canProcess(current.state).ok : current.state === '已回复';
          expect(written.kind === 'record').toBe(allowed);
          if (written.kind !== 'record') continue;
          const next = written.record;
          expect(next.version).toBe(current.version + 1);
          if (s.kind === 'respond') expect(next.state).toBe('已回复');
          else if (s.decision === 'approve') expect(next.state).toBe('核查完成');
          else {
            expect(next.state).toBe('退回核查');
            expect(returnReason(next)).toBe('原因');
            expect(startingAttachments(next)).toEqual(next.responses.at(-1)?.attachments);
          }
          current = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
