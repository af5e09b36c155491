import { filingReview } from './filingReview';
import { personnelReview } from './personnelReview';
import { preReviewReview } from './preReviewReview';
import type { ReviewKind } from './reviewKind';
import { verificationReview } from './verificationReview';

/** Every kind of application the customs console reviews. */
export const reviewKinds: readonly ReviewKind[] = [
  filingReview,
  personnelReview,
  preReviewReview,
  verificationReview,
];
