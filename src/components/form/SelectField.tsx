import { Select } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FieldProps } from './FormField';

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps<T extends FieldValues, TChecked> extends FieldProps<T, TChecked> {
  options: readonly Option[];
  placeholder?: string;
  disabled?: boolean;
}

/** One of a list of choices, searched by label; empty (`''`) when cleared. */
export function SelectField<T extends FieldValues, TChecked = T>({
  options,
  placeholder,
  disabled,
  ...props
}: SelectFieldProps<T, TChecked>) {
  return (
    <FormField {...props}>
      {({ value, onChange, status, ...field }) => (
        <Select
          {...field}
          value={typeof value === 'string' && value !== '' ? value : undefined}
          onChange={(next: string | undefined) => onChange(next ?? '')}
          status={status}
          options={options.map((o) => ({ value: o.value, label: o.label }))}
          placeholder={placeholder ?? props.spec?.placeholder ?? '请选择'}
          disabled={disabled}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear
        />
      )}
    </FormField>
  );
}
