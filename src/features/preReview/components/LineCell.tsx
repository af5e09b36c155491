// A cell of 产品生产明细: a plain input drawn as antd's (lineCell.css), registered with the form
// (uncontrolled: react-hook-form writes a value set elsewhere — a paste, undo, 填入 — into it).
// A screen of lines holds some 150 cells, and what a cell costs when it mounts is what a scroll
// costs: antd's Input and a controlled field (useController, which subscribes to the form's
// state and copies it, its dirty fields covering every line) made each row a scroll brought into
// view cost as much as the rest of the page. Its messages are the row's (LineRow).
import { memo } from 'react';
import type { Control } from 'react-hook-form';
import type { Sheet } from '@/contract/sheet';
import { toHalfWidth } from '../model/lineCells';
import { sheetFieldId } from '../model/sheetFieldId';
import { type ViolationStore } from '../model/violationStore';
import { useFieldViolations } from './useViolations';
import './lineCell.css';

export const LineCell = memo(function LineCell({
  control,
  name,
  label,
  store,
  numeric,
}: {
  control: Control<Sheet>;
  /** e.g. `lines.3.unitPrice` */
  name: `lines.${number}.${string}`;
  label: string;
  store: ViolationStore;
  numeric?: boolean;
}) {
  const messages = useFieldViolations(store, name);
  const { onChange, ...registered } = control.register(name as never);
  return (
    <input
      {...registered}
      id={sheetFieldId(name)}
      aria-label={label}
      className={`line-cell${numeric ? ' line-cell-numeric' : ''}${messages.length > 0 ? ' line-cell-error' : ''}`}
      onChange={(event) => {
        // Full-width digits (１２.５, common with Chinese input) become half-width as typed, in view.
        if (numeric) {
          const half = toHalfWidth(event.target.value);
          if (half !== event.target.value) event.target.value = half;
        }
        void onChange(event);
      }}
      aria-invalid={messages.length > 0}
      inputMode={numeric ? 'decimal' : undefined}
      autoComplete="off"
    />
  );
});
