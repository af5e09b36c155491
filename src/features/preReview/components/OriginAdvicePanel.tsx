// The editor's 原产地标准预判: the advice recomputed from the sheet as it is typed (after the
// keystroke has painted, like the totals), with the exporter's agreements, cumulation what-ifs
// and build-up costs.
import { useWatch, type Control } from 'react-hook-form';
import type { Sheet } from '@/contract/sheet';
import { OriginAdviceView } from '@/components/origin/OriginAdviceView';
import { useValueAfterPaint } from '@/lib/useValueAfterPaint';
import { useSheetAdvice, type OriginAdviceState } from './useOriginAdvice';

interface Props {
  control: Control<Sheet>;
  state: OriginAdviceState;
  onGoToLine: (index: number) => void;
}

export function OriginAdvicePanel({ control, state, onGoToLine }: Props) {
  const sheet = useValueAfterPaint(useWatch({ control }) as Sheet);
  const advice = useSheetAdvice(sheet, state);
  return <OriginAdviceView advice={advice} onGoTo={onGoToLine} controls={state.controls} />;
}
