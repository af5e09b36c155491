import { Input } from 'antd';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { FormField, type FieldLabelling } from './FormField';

interface TextFieldProps<T extends FieldValues> extends FieldLabelling {
  control: Control<T>;
  name: FieldPath<T>;
  /** How long the text may be: shown with a count (long fields), said by the field's rule. */
  limit?: number;
  placeholder?: string;
  autoComplete?: string;
  type?: 'text' | 'password';
}

export function TextField<T extends FieldValues>({
  type = 'text',
  limit: givenLimit,
  placeholder: givenPlaceholder,
  autoComplete,
  ...props
}: TextFieldProps<T>) {
  const limit = givenLimit ?? props.spec?.max;
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
            count={limit === undefined ? undefined : { show: limit > 30, max: limit }}
            placeholder={placeholder}
            autoComplete={autoComplete}
          />
        );
      }}
    </FormField>
  );
}
