import { Input } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FieldProps } from './FormField';

interface TextFieldProps<T extends FieldValues, TChecked> extends FieldProps<T, TChecked> {
  placeholder?: string;
  autoComplete?: string;
  type?: 'text' | 'password';
  /** Whether the count shows (its table's limit is always said by the field's rule); long fields show it. */
  showCount?: boolean;
}

/** One line of text; how long it may be is its table's `max`. */
export function TextField<T extends FieldValues, TChecked = T>({
  type = 'text',
  placeholder: givenPlaceholder,
  autoComplete,
  showCount,
  ...props
}: TextFieldProps<T, TChecked>) {
  const limit = props.spec?.max;
  const placeholder = givenPlaceholder ?? props.spec?.placeholder;
  return (
    <FormField {...props}>
      {({ value, onChange, status, ...field }) => {
        const Component = type === 'password' ? Input.Password : Input;
        return (
          <Component
            {...field}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => onChange(event.target.value)}
            status={status}
            // A limit shown, never enforced by cutting: pasted text longer than allowed stays whole,
            // the count turns red, and the field's rule says how long it may be.
            count={limit === undefined ? undefined : { show: showCount ?? limit > 30, max: limit }}
            placeholder={placeholder}
            autoComplete={autoComplete}
          />
        );
      }}
    </FormField>
  );
}
