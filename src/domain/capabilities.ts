// The gate (FR2–FR4): what the enterprise may do now, from where its filing stands. Navigation,
// route guards and the mock customs service all ask this one function, so the UI's block and the
// service's refusal always give the same reason.
import { capabilityLabels, needsApproval, type Capability } from '@/values/capabilities';

export interface EnterpriseStanding {
  /** Customs approved the enterprise's filing (FR2). */
  filingApproved: boolean;
  /** A filing change is declared and not yet decided (FR3). */
  changeDeclared: boolean;
  /** 企业类型 of the approved filing, e.g. 生产型企业 (FR4). */
  enterpriseType: string | null;
}

/** Why a function is closed; the app says what to do next about each (src/app/gateNextSteps.ts). */
export type Block = 'outOfScope' | 'filingNotApproved' | 'changeUnderReview' | 'notProducer';

export type Permission =
  { ok: true } | { ok: false; rule: 'FR2' | 'FR3' | 'FR4' | 'F2'; block: Block; reason: string };

/** Who acts: the enterprise itself, or an agency within the scope the enterprise granted. */
export type Actor = { kind: 'self' } | { kind: 'agency'; scope: readonly Capability[] };
export const SELF: Actor = { kind: 'self' };

const ALLOWED: Permission = { ok: true };

/**
 * Allowed when any of `wanted` is (what serves several functions, such as the filing and its
 * documents); otherwise refused with the first one's reason.
 */
export function checkAnyCapability(
  standing: EnterpriseStanding,
  wanted: readonly Capability[],
  actor: Actor = SELF,
): Permission {
  const permissions = wanted.map((capability) => checkCapability(standing, capability, actor));
  return permissions.find((permission) => permission.ok) ?? permissions[0] ?? ALLOWED;
}

export function checkCapability(
  standing: EnterpriseStanding,
  capability: Capability,
  actor: Actor = SELF,
): Permission {
  if (actor.kind === 'agency' && capability !== 'downloads' && !actor.scope.includes(capability)) {
    return {
      ok: false,
      rule: 'F2',
      reason: `“${capabilityLabels[capability]}”不在委托企业授予本代录入企业的授权范围内。`,
      block: 'outOfScope',
    };
  }
  if (needsApproval.includes(capability) && !standing.filingApproved) {
    return {
      ok: false,
      rule: 'FR2',
      reason: '企业备案审核通过后，才能办理此项业务。您的企业备案尚未审核通过。',
      block: 'filingNotApproved',
    };
  }
  if (capability === 'preReview' && standing.changeDeclared) {
    return {
      ok: false,
      rule: 'FR3',
      reason: '企业备案变更申请正在海关审核中，审核完成前不能办理产品预审。',
      block: 'changeUnderReview',
    };
  }
  if (capability === 'preReview' && standing.enterpriseType !== '生产型企业') {
    return {
      ok: false,
      rule: 'FR4',
      reason: `只有生产型企业才需发起产品预审申请。您的企业备案的企业类型是“${standing.enterpriseType ?? '未知'}”。`,
      block: 'notProducer',
    };
  }
  return ALLOWED;
}
