// A saved sheet's 原产地标准预判 on its record page: the same advice as the editor gave (the
// exporter's agreements and build-up costs), read-only but for the choices of what to show.
import { Card } from 'antd';
import type { Sheet } from '@/contract/sheet';
import { OriginAdviceView } from '@/components/origin/OriginAdviceView';
import { useSheetAdvice, type OriginAdviceState } from './useOriginAdvice';

export function RecordOriginAdvice({ sheet, state }: { sheet: Sheet; state: OriginAdviceState }) {
  const advice = useSheetAdvice(sheet, state);
  const { buildUp: _typedInTheEditor, ...controls } = state.controls;
  return (
    <Card title="原产地标准预判">
      <OriginAdviceView advice={advice} controls={controls} />
    </Card>
  );
}
