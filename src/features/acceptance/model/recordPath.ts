import type { AcceptanceItem } from '@/contract/acceptance';
import { paths } from '@/lib/paths';

/** The page of the record an application concerns. */
export function recordPath(item: Pick<AcceptanceItem, 'area' | 'recordId'>): string {
  switch (item.area) {
    case 'filing':
      return paths.filing();
    case 'personnel':
      return paths.personnel();
    case 'agencies':
      return paths.agencies();
    case 'preReview':
      return paths.preReview(item.recordId);
    case 'verification':
      return paths.verification(item.recordId);
  }
}
