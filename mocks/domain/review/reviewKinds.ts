import type { ReviewQueue } from '@/contract/review';
import { filingReview } from './filingReview';
import { personnelReview } from './personnelReview';
import { preReviewReview } from './preReviewReview';
import type { ReviewKind } from './reviewKind';
import { verificationReview } from './verificationReview';

/** The kind of application each queue of the customs console reviews (`:kind` in its paths). */
export const reviewKindOf: Readonly<Record<ReviewQueue, ReviewKind>> = {
  filing: filingReview,
  personnel: personnelReview,
  preReview: preReviewReview,
  verification: verificationReview,
};

/** Every kind of application the customs console reviews. */
export const reviewKinds: readonly ReviewKind[] = Object.values(reviewKindOf);
