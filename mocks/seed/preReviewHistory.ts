// Seeded pre-reviews are built by running the model's own writes (recordWrites.ts), so their
// states, stamps and histories are exactly what the service would have produced.
import type { PreReviewRecord } from '@/contract/preReview';
import type { Sheet } from '@/contract/sheet';
import { decide, saveDraft, takeAction, type Written } from '../domain/preReview/recordWrites';
import { SEED_OFFICER } from './demoAccounts';

export type SeedStep =
  | { do: 'save'; data: Sheet }
  | { do: 'declare'; data?: Sheet }
  | { do: 'approve' | 'reject'; opinion?: string }
  | { do: 'change' }
  | { do: 'cancel' | 'restore' | 'delete'; reason: string };

const STEP_MINUTES = 97;

/** A record created at `createdAt` with `data`, then taken through `steps`, one every 97 minutes. */
export function seededPreReview(
  start: { id: string; enterpriseId: string; data: Sheet; createdAt: Date },
  steps: readonly SeedStep[],
): PreReviewRecord {
  const at = (i: number) => new Date(start.createdAt.getTime() + i * STEP_MINUTES * 60_000).toISOString();
  let record = recordOf(
    saveDraft(null, {
      id: start.id,
      // Numbered when stored, in the order they were created, as the service numbers new ones.
      number: '',
      enterpriseId: start.enterpriseId,
      data: start.data,
      declare: false,
      now: at(0),
    }),
  );
  steps.forEach((step, i) => {
    const now = at(i + 1);
    switch (step.do) {
      case 'save':
      case 'declare':
        record = recordOf(
          saveDraft(record, {
            id: record.id,
            number: record.number,
            enterpriseId: record.enterpriseId,
            data: step.data ?? record.data,
            declare: step.do === 'declare',
            now,
          }),
        );
        return;
      case 'approve':
      case 'reject':
        record = recordOf(
          decide(record, { decision: step.do, opinion: step.opinion ?? '', now, by: SEED_OFFICER }),
        );
        return;
      case 'change':
        record = recordOf(takeAction(record, { action: 'change' }, now));
        return;
      default:
        record = recordOf(takeAction(record, { action: step.do, reason: step.reason }, now));
    }
  });
  return record;
}

function recordOf(written: Written): PreReviewRecord {
  if (written.kind !== 'record') throw new Error(`seed step not allowed: ${JSON.stringify(written)}`);
  return written.record;
}
