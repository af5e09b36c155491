// The editor's 原产地标准预判: the advice recomputed from the sheet as it is typed (after the
// keystroke has painted, like the totals), with the exporter's agreements, cumulation what-ifs
// and build-up costs.
import { useMemo, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { Sheet } from '@/contract/sheet';
import { advise } from '@/domain/origin/advise';
import type { AgreementId } from '@/domain/origin/agreements';
import { buildUpProblem, type BuildUpCosts } from '@/domain/origin/evaluate';
import { OriginAdviceView } from '@/components/origin/OriginAdviceView';
import { useValueAfterPaint } from '@/lib/useValueAfterPaint';
import {
  keepAgreementChoice,
  keepBuildUpCosts,
  readAgreementChoice,
  readBuildUpCosts,
} from '../model/originPreferences';

interface Props {
  control: Control<Sheet>;
  username: string;
  recordId: string | null;
  onGoToLine: (index: number) => void;
}

const none: ReadonlySet<string> = new Set();

export function OriginAdvicePanel({ control, username, recordId, onGoToLine }: Props) {
  const sheet = useValueAfterPaint(useWatch({ control }) as Sheet);
  const [ids, setIds] = useState(() => readAgreementChoice(username));
  const [cumulated, setCumulated] = useState<ReadonlySet<AgreementId>>(new Set());
  const [costs, setCosts] = useState(() => readBuildUpCosts(username, recordId));
  const advice = useMemo(
    () => advise(sheet, ids, (id) => ({ cumulate: cumulated.has(id), localised: none, buildUp: costs })),
    [sheet, ids, cumulated, costs],
  );
  return (
    <OriginAdviceView
      advice={advice}
      onGoTo={onGoToLine}
      controls={{
        agreements: {
          value: ids,
          onChange: (next) => {
            setIds(next);
            keepAgreementChoice(username, next);
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
        buildUp: {
          value: costs,
          problem: buildUpProblem(costs),
          onChange: (next: BuildUpCosts) => {
            setCosts(next);
            keepBuildUpCosts(username, recordId, next);
          },
        },
      }}
    />
  );
}
