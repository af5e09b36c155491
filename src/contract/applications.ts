// The kinds of application an enterprise makes, as the service names them in the customs queue
// (/api/customs/applications) and the acceptance query (/api/acceptance). The app shows its own
// label for each; nothing is compared by a Chinese label.
import type { ApplicationKind as PreReviewApplicationKind } from './preReview';

export const applicationTypes = [
  'filing',
  'filingChange',
  'personnel',
  'agency',
  'preReviewNew',
  'preReviewChange',
  'preReviewCancel',
  'preReviewRestore',
  'preReviewDelete',
  'verificationResponse',
] as const;
export type ApplicationType = (typeof applicationTypes)[number];

/** The application type of each kind of pre-review application (domain.md F3). */
export const preReviewApplicationType: Readonly<Record<PreReviewApplicationKind, ApplicationType>> = {
  新增: 'preReviewNew',
  变更: 'preReviewChange',
  注销: 'preReviewCancel',
  恢复: 'preReviewRestore',
  删除: 'preReviewDelete',
};

/** The application type of a filing application (企业备案 or 备案变更). */
export const filingApplicationType: Readonly<Record<'filing' | 'change', ApplicationType>> = {
  filing: 'filing',
  change: 'filingChange',
};
