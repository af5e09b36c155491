// The editor's 原产地标准预判: the advice recomputed from the sheet as it is typed (after the
// keystroke has painted, like the totals), with the exporter's agreements, cumulation what-ifs
// and build-up costs.
import type { Sheet } from '@/contract/sheet';
import { OriginAdviceView } from '@/components/origin/OriginAdviceView';
import { useFormValuesAfterPaint, type ValuesSource } from '@/lib/useFormValuesAfterPaint';
import { useSheetAdvice, type OriginAdviceState } from './useOriginAdvice';

interface Props {
  form: ValuesSource<Sheet>;
  state: OriginAdviceState;
  onGoToLine: (index: number) => void;
}

export function OriginAdvicePanel({ form, state, onGoToLine }: Props) {
  const sheet = useFormValuesAfterPaint(form);
  const advice = useSheetAdvice(sheet, state);
  return <OriginAdviceView advice={advice} onGoTo={onGoToLine} controls={state.controls} />;
}
