import { Input } from 'antd';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { FormField } from './FormField';

interface TextFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  autoComplete?: string;
  type?: 'text' | 'password' | 'date';
}

export function TextField<T extends FieldValues>({
  type = 'text',
  maxLength,
  placeholder,
  autoComplete,
  ...props
}: TextFieldProps<T>) {
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
            maxLength={maxLength}
            showCount={maxLength !== undefined && maxLength > 30}
            placeholder={placeholder}
            autoComplete={autoComplete}
            {...(type === 'date' ? { type: 'date' } : {})}
          />
        );
      }}
    </FormField>
  );
}
