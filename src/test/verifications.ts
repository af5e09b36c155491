// One verification record (核查记录) as customs issues it, for the unit tests of its rules, its
// writes and its list: each test overrides only what it is about.
import type { VerificationRecord } from '@/contract/verification';

export const aVerification = (overrides: Partial<VerificationRecord> = {}): VerificationRecord => ({
  id: 'vr-1',
  enterpriseId: 'ent-1',
  version: 1,
  number: 'HC202611270001',
  subject: { kind: 'certificate', certificateNo: 'RCEP-1' },
  requirement: '请提供资料',
  requiredDocuments: ['processFlow', 'purchaseList'],
  deadline: '2026-12-10',
  customsOffice: '宁波海关',
  issuedAt: '2026-11-27T00:00:00.000Z',
  issuedBy: 'haiguan',
  state: '待核查',
  responses: [],
  updatedAt: '2026-11-27T00:00:00.000Z',
  ...overrides,
});
