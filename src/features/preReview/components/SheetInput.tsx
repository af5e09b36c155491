// One input of the cost sheet bound to react-hook-form, with its live rule messages. A product
// field is antd's Input; a line's cell is a plain input drawn like one (lineCell.css): a screen of
// lines holds some 150 cells, and antd's Input costs enough per instance that rendering the rows a
// scroll brings into view blocked the page for a tenth of a second.
import { Input } from 'antd';
import { memo } from 'react';
import './lineCell.css';
import { useController, type Control } from 'react-hook-form';
import { toHalfWidth } from '../model/lineCells';
import type { Sheet } from '@/contract/sheet';
import { sheetFieldId } from './sheetFieldId';
import { useFieldViolations, type ViolationStore } from './violationStore';

interface SheetInputProps {
  control: Control<Sheet>;
  /** e.g. `lines.3.unitPrice` */
  name: `lines.${number}.${string}` | `product.${string}`;
  label: string;
  store: ViolationStore;
  numeric?: boolean;
  /** Show the messages under the input (product fields) or leave them to the row (lines). */
  showMessages?: boolean;
  /** A line's cell: a plain input, drawn as antd's (the row says its messages). */
  cell?: boolean;
}

export const SheetInput = memo(function SheetInput({
  control,
  name,
  label,
  store,
  numeric,
  showMessages,
  cell,
}: SheetInputProps) {
  const { field } = useController({ control, name: name as never });
  const messages = useFieldViolations(store, name);
  const id = sheetFieldId(name);
  const helpId = `${id}-help`;
  const value = typeof field.value === 'string' ? field.value : '';
  // Full-width digits (１２.５, common with Chinese input) become half-width as typed, in view.
  const onChange = (typed: string) => field.onChange(numeric ? toHalfWidth(typed) : typed);
  if (cell) {
    return (
      <input
        id={id}
        ref={field.ref}
        name={field.name}
        aria-label={label}
        className={`line-cell${numeric ? ' line-cell-numeric' : ''}${messages.length > 0 ? ' line-cell-error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={field.onBlur}
        aria-invalid={messages.length > 0}
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
      />
    );
  }
  return (
    <>
      <Input
        id={id}
        ref={field.ref}
        name={field.name}
        aria-label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
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
