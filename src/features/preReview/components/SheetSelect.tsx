// One choice of the cost sheet (币种, 是否含进口成分) bound to react-hook-form, with its live rule
// messages (the sheet's, from the violation store), as SheetInput is for text and amounts.
import { Select } from 'antd';
import { useController, type Control } from 'react-hook-form';
import type { Sheet } from '@/contract/sheet';
import { sheetFieldId } from '../model/sheetFieldId';
import { type ViolationStore } from '../model/violationStore';
import { useFieldViolations } from './useViolations';

export function SheetSelect({
  control,
  store,
  name,
  options,
}: {
  control: Control<Sheet>;
  store: ViolationStore;
  name: 'product.hasImported' | 'product.currency';
  options: readonly string[];
}) {
  const { field } = useController({ control, name });
  const messages = useFieldViolations(store, name);
  const id = sheetFieldId(name);
  return (
    <>
      <Select
        id={id}
        value={field.value || undefined}
        onChange={(value: string) => field.onChange(value ?? '')}
        onBlur={field.onBlur}
        status={messages.length > 0 ? 'error' : undefined}
        aria-invalid={messages.length > 0}
        aria-describedby={messages.length > 0 ? `${id}-help` : undefined}
        placeholder="请选择"
        options={options.map((o) => ({ value: o, label: o }))}
        style={{ width: '100%' }}
      />
      {messages.length > 0 && (
        <div id={`${id}-help`} role="alert" style={{ color: '#cf1322', fontSize: 13, marginTop: 2 }}>
          {messages.join('；')}
        </div>
      )}
    </>
  );
}
