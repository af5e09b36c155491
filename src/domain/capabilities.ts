// The gate (FR2–FR4): what the enterprise may do now, from where its filing stands. Navigation,
// route guards and the mock customs service all ask this one function, so the UI's block and the
// service's refusal always give the same reason.

export interface EnterpriseStanding {
  /** Customs approved the enterprise's filing (FR2). */
  filingApproved: boolean;
  /** A filing change is declared and not yet decided (FR3). */
  changeDeclared: boolean;
  /** 企业类型 of the approved filing, e.g. 生产型企业 (FR4). */
  enterpriseType: string | null;
}

export const capabilities = [
  'filing',
  'filingChange',
  'personnel',
  'agencies',
  'preReview',
  'verification',
  'acceptance',
  'downloads',
] as const;
export type Capability = (typeof capabilities)[number];

export interface NextStep {
  label: string;
  path: string;
}

export type Permission =
  { ok: true } | { ok: false; rule: 'FR2' | 'FR3' | 'FR4'; reason: string; next: NextStep };

const ALLOWED: Permission = { ok: true };

/** Decided here: everything but the filing itself, the acceptance query and downloads needs approval. */
const needsApproval: readonly Capability[] = [
  'filingChange',
  'personnel',
  'agencies',
  'preReview',
  'verification',
];

export function checkCapability(standing: EnterpriseStanding, capability: Capability): Permission {
  if (needsApproval.includes(capability) && !standing.filingApproved) {
    return {
      ok: false,
      rule: 'FR2',
      reason: '企业备案审核通过后，才能办理此项业务。您的企业备案尚未审核通过。',
      next: { label: '办理企业备案', path: '/filing' },
    };
  }
  if (capability === 'preReview' && standing.changeDeclared) {
    return {
      ok: false,
      rule: 'FR3',
      reason: '企业备案变更申请正在海关审核中，审核完成前不能办理产品预审。',
      next: { label: '查看备案变更申请', path: '/filing/change' },
    };
  }
  if (capability === 'preReview' && standing.enterpriseType !== '生产型企业') {
    return {
      ok: false,
      rule: 'FR4',
      reason: `只有生产型企业才需发起产品预审申请。您的企业备案的企业类型是“${standing.enterpriseType ?? '未知'}”。`,
      next: { label: '查看企业备案', path: '/filing' },
    };
  }
  return ALLOWED;
}
