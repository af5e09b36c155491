// The advice for a sheet, recomputed only when the sheet, the agreements or the what-ifs change;
// every view of it (editor, record page, customs console) goes through here.
import { useMemo } from 'react';
import type { Sheet } from '@/contract/sheet';
import { advise } from '@/domain/origin/advise';
import type { AgreementId } from '@/domain/origin/agreements';
import type { WhatIf } from '@/domain/origin/evaluate';

/** User Timing of each recomputation, which `npm run bench` reads (nothing else does). */
export const ADVICE_MEASURE = 'origin-advice';

/** The advice, its computation timed: a measure in the browser's performance timeline. */
function timedAdvice(...args: Parameters<typeof advise>) {
  const start = performance.now();
  const advice = advise(...args);
  // Only the latest stays in the timeline (a day's typing must not pile entries up); an observer
  // (the bench's) is handed every one as it is made.
  performance.clearMeasures(ADVICE_MEASURE);
  performance.measure(ADVICE_MEASURE, { start, end: performance.now() });
  return advice;
}

/** `whatIf` must be stable (memoised) or the advice is recomputed on every render. */
export function useAdvice(sheet: Sheet, ids: readonly AgreementId[], whatIf: (id: AgreementId) => WhatIf) {
  return useMemo(() => timedAdvice(sheet, ids, whatIf), [sheet, ids, whatIf]);
}
