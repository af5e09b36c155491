// The choices every view of the advice offers: which agreements, and for which of them to try
// cumulation. The editor keeps the agreements per user (`keep`); the console's are the officer's
// for the visit.
import { useMemo, useState } from 'react';
import type { AgreementId } from '@/domain/origin/agreements';
import type { BuildUpCosts, WhatIf } from '@/domain/origin/evaluate';
import type { AdviceControls } from './OriginAdviceView';

const none: ReadonlySet<string> = new Set();

export function useAdviceChoices(initial: () => AgreementId[], keep?: (ids: readonly AgreementId[]) => void) {
  const [ids, setIds] = useState(initial);
  const [cumulated, setCumulated] = useState<ReadonlySet<AgreementId>>(new Set());
  const controls: Omit<AdviceControls, 'buildUp'> = {
    agreements: {
      value: ids,
      onChange: (next) => {
        setIds(next);
        keep?.(next);
      },
    },
    cumulate: {
      isOn: (id) => cumulated.has(id),
      onChange: (id, on) =>
        setCumulated((set) => {
          const next = new Set(set);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
    },
  };
  /** The what-ifs of one agreement, with the build-up costs where there are any. */
  const whatIf = useMemo(
    () =>
      (buildUp: BuildUpCosts | null) =>
      (id: AgreementId): WhatIf => ({ cumulate: cumulated.has(id), localised: none, buildUp }),
    [cumulated],
  );
  return { ids, controls, whatIf };
}
