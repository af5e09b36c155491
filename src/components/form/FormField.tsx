// The one adapter between react-hook-form and antd inputs: label bound to the input (htmlFor/id),
// error status and message (announced through aria-describedby), and the field's ref for focus.
// Forms do not use it directly: each kind of input has its field (TextField, TextAreaField,
// SelectField, RadioField, CheckboxGroupField, DateField, AttachmentField, MultiAttachmentField),
// bound through it, its label, required-ness, hint, placeholder and limit from the form's table.
import type { ReactNode, Ref } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { FieldSpec, FieldTable } from '@/contract/fieldTable';
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

/**
 * Focuses a field by its name: its input, or the control that stands for it where the input
 * cannot take focus (a file field's button, marked `data-focus-for`: antd hides its file input).
 */
export function focusField(name: string): void {
  const id = fieldId(name);
  const stand = document.querySelector<HTMLElement>(`[data-focus-for="${CSS.escape(id)}"]`);
  (stand ?? document.getElementById(id))?.focus();
}

/**
 * What a field says about itself: its row of the form's field table (`spec`), or label, required
 * and hint given here (a given one wins over the table's).
 */
export interface FieldLabelling {
  spec?: FieldSpec;
  label?: string;
  required?: boolean;
  extra?: ReactNode;
}

/** The label, required-ness and hint a field shows. */
export function labellingOf({ spec, label, required, extra }: FieldLabelling, name: string) {
  return {
    label: label ?? spec?.label ?? name,
    required: required ?? spec?.required,
    extra: extra ?? spec?.hint,
  };
}

/** Props for a field from its form's table: `<TextField control={c} {...fromTable(table)('nameCn')} />`. */
export function fromTable<Table extends FieldTable>(table: Table) {
  return <K extends keyof Table & string>(name: K) => ({ name, spec: table[name] as FieldSpec });
}

/** What every field takes: the form's control, the field's name, and how it is labelled. */
export interface FieldProps<T extends FieldValues, TChecked = T> extends FieldLabelling {
  /** The form's control, whatever its resolver turns the values into on submit (`TChecked`). */
  control: Control<T, unknown, TChecked>;
  name: FieldPath<T>;
}

interface FormFieldProps<T extends FieldValues, TChecked = T> extends FieldProps<T, TChecked> {
  /** The input, given its bindings (spread on it) and its label (a group of choices is named by it). */
  children: (field: BoundField, label: string) => ReactNode;
}

export function FormField<T extends FieldValues, TChecked = T>({
  control,
  name,
  children,
  ...labelling
}: FormFieldProps<T, TChecked>) {
  const { label, required, extra } = labellingOf(labelling, name);
  const { field, fieldState } = useController<T, FieldPath<T>, TChecked>({ control, name });
  const id = fieldId(name);
  const helpId = helpIdOf(id);
  const message = fieldState.error?.message;
  return (
    <FieldFrame id={id} label={label} required={required} message={message} extra={extra}>
      {children(
        {
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
        },
        label,
      )}
    </FieldFrame>
  );
}
