import { Input } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FieldProps } from './FormField';

interface TextAreaFieldProps<T extends FieldValues, TChecked> extends FieldProps<T, TChecked> {
  /** Lines shown; or, growing with the text, between `minRows` and `maxRows`. */
  rows?: number | { minRows: number; maxRows: number };
  placeholder?: string;
}

/** Text of several lines, its count always shown against its table's `max`. */
export function TextAreaField<T extends FieldValues, TChecked = T>({
  rows = 4,
  placeholder,
  ...props
}: TextAreaFieldProps<T, TChecked>) {
  const limit = props.spec?.max;
  return (
    <FormField {...props}>
      {({ value, onChange, status, ...field }) => (
        <Input.TextArea
          {...field}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
          status={status}
          {...(typeof rows === 'number' ? { rows } : { autoSize: rows })}
          // Shown, never enforced by cutting (as TextField): the field's rule says how long it may be.
          count={limit === undefined ? undefined : { show: true, max: limit }}
          placeholder={placeholder ?? props.spec?.placeholder}
        />
      )}
    </FormField>
  );
}
