import type { AcceptanceItem } from '@/contract/acceptance';

/** The page of the record an application concerns. */
export function recordPath(item: Pick<AcceptanceItem, 'area' | 'recordId'>): string {
  switch (item.area) {
    case 'filing':
      return '/filing';
    case 'personnel':
      return '/personnel';
    case 'agencies':
      return '/agencies';
    case 'preReview':
      return `/pre-reviews/${encodeURIComponent(item.recordId)}`;
    case 'verification':
      return `/verifications/${encodeURIComponent(item.recordId)}`;
  }
}
