// The exporter's advice state for one sheet: agreements (kept per user), cumulation what-ifs and
// the build-up costs (kept with the sheet). The editor's panel, the record page and the print
// view share it, so each shows the same figures.
import { useMemo, useState } from 'react';
import type { Sheet } from '@/contract/sheet';
import { advise } from '@/domain/origin/advise';
import { buildUpProblem, type BuildUpCosts } from '@/domain/origin/evaluate';
import { useAdviceChoices } from '@/components/origin/useAdviceChoices';
import { useAdvice } from '@/components/origin/useAdvice';
import type { AdviceControls } from '@/components/origin/OriginAdviceView';
import {
  keepAgreementChoice,
  keepBuildUpCosts,
  readAgreementChoice,
  readBuildUpCosts,
} from '../model/originPreferences';

export function useOriginAdviceState(username: string, recordId: string | null) {
  const choices = useAdviceChoices(
    () => readAgreementChoice(username),
    (ids) => keepAgreementChoice(username, ids),
  );
  const [costs, setCosts] = useState(() => readBuildUpCosts(username, recordId));
  const controls: AdviceControls = {
    ...choices.controls,
    buildUp: {
      value: costs,
      problem: buildUpProblem(costs),
      onChange: (next: BuildUpCosts) => {
        setCosts(next);
        keepBuildUpCosts(username, recordId, next);
      },
    },
  };
  const forCosts = choices.whatIf;
  const whatIf = useMemo(() => forCosts(costs), [forCosts, costs]);
  /** The advice for a sheet, as the panel shows it now (for the print view). */
  const adviceFor = (sheet: Sheet) => advise(sheet, choices.ids, whatIf);
  return { ids: choices.ids, whatIf, controls, adviceFor };
}

export type OriginAdviceState = ReturnType<typeof useOriginAdviceState>;

export function useSheetAdvice(sheet: Sheet, state: OriginAdviceState) {
  return useAdvice(sheet, state.ids, state.whatIf);
}
