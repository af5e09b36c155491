// The one adapter between react-hook-form and antd inputs: label bound to the input (htmlFor/id),
// error status and message (announced through aria-describedby), and the field's ref for focus.
import type { ReactNode, Ref } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame, helpIdOf } from './FieldFrame';

export interface BoundField {
  id: string;
  name: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  ref: Ref<never>;
  status: 'error' | undefined;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

interface FormFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  required?: boolean;
  extra?: ReactNode;
  children: (field: BoundField) => ReactNode;
}

export function FormField<T extends FieldValues>({
  control,
  name,
  label,
  required,
  extra,
  children,
}: FormFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const id = fieldId(name);
  const helpId = helpIdOf(id);
  const message = fieldState.error?.message;
  return (
    <FieldFrame id={id} label={label} required={required} message={message} extra={extra}>
      {children({
        id,
        name: field.name,
        value: field.value,
        onChange: field.onChange,
        onBlur: field.onBlur,
        ref: field.ref as Ref<never>,
        status: message ? 'error' : undefined,
        'aria-invalid': Boolean(message),
        'aria-describedby': message ? helpId : undefined,
        'aria-required': required || undefined,
      })}
    </FieldFrame>
  );
}
