// What record the page on screen is about, for the demo build's 切换角色: becoming another account
// lands on that account's page for the same record (an exporter's declared pre-review ↔ its review
// in the customs console). Pages declare it with useOnScreen; nothing else reads it.
import { useEffect } from 'react';
import type { ReviewQueue } from '@/contract/review';

export interface OnScreen {
  /** The console queue that decides the record, and the record. */
  kind: ReviewQueue;
  recordId: string;
  /** The enterprise the record belongs to. */
  enterpriseId: string;
}

let current: OnScreen | null = null;

/**
 * Declares the record the calling page shows, decided in the console's `kind` queue, while it is
 * mounted (none yet while it loads).
 */
export function useOnScreen(
  kind: OnScreen['kind'] | undefined,
  record: { id: string; enterpriseId: string } | null | undefined,
): void {
  const recordId = record?.id;
  const enterpriseId = record?.enterpriseId;
  useEffect(() => {
    if (!kind || !recordId || !enterpriseId) return;
    const declared = { kind, recordId, enterpriseId };
    current = declared;
    return () => {
      if (current === declared) current = null;
    };
  }, [kind, recordId, enterpriseId]);
}

export function onScreen(): OnScreen | null {
  return current;
}
