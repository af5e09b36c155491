// One input of the cost sheet bound to react-hook-form, with its live rule messages.
import { Input } from 'antd';
import { memo } from 'react';
import { useController, type Control } from 'react-hook-form';
import type { Sheet } from '@/contract/sheet';
import { toHalfWidth } from '../model/lineCells';
import { sheetFieldId } from '../model/sheetFieldId';
import { type ViolationStore } from '../model/violationStore';
import { useFieldViolations } from './useViolations';

interface SheetInputProps {
  control: Control<Sheet>;
  /** e.g. `lines.3.unitPrice` */
  name: `lines.${number}.${string}` | `product.${string}`;
  label: string;
  store: ViolationStore;
  numeric?: boolean;
  /** Show the messages under the input (product fields) or leave them to the row (lines). */
  showMessages?: boolean;
}

export const SheetInput = memo(function SheetInput({
  control,
  name,
  label,
  store,
  numeric,
  showMessages,
}: SheetInputProps) {
  const { field } = useController({ control, name: name as never });
  const messages = useFieldViolations(store, name);
  const id = sheetFieldId(name);
  const helpId = `${id}-help`;
  return (
    <>
      <Input
        id={id}
        ref={field.ref}
        name={field.name}
        aria-label={label}
        value={typeof field.value === 'string' ? field.value : ''}
        // Full-width digits (１２.５, common with Chinese input) become half-width as typed, in view.
        onChange={(event) => field.onChange(numeric ? toHalfWidth(event.target.value) : event.target.value)}
        onBlur={field.onBlur}
        status={messages.length > 0 ? 'error' : undefined}
        aria-invalid={messages.length > 0}
        aria-describedby={messages.length > 0 && showMessages ? helpId : undefined}
        inputMode={numeric ? 'decimal' : undefined}
        style={numeric ? { textAlign: 'right' } : undefined}
      />
      {showMessages && messages.length > 0 && (
        <div id={helpId} role="alert" style={{ color: '#cf1322', fontSize: 13, marginTop: 2 }}>
          {messages.join('；')}
        </div>
      )}
    </>
  );
});
