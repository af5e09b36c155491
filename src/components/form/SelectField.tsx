import { Select } from 'antd';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { FormField, type FieldLabelling } from './FormField';

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps<T extends FieldValues> extends FieldLabelling {
  control: Control<T>;
  name: FieldPath<T>;
  options: readonly Option[];
  placeholder?: string;
}

export function SelectField<T extends FieldValues>({
  options,
  placeholder = '请选择',
  ...props
}: SelectFieldProps<T>) {
  return (
    <FormField {...props}>
      {({ value, onChange, status, ...field }) => (
        <Select
          {...field}
          value={typeof value === 'string' && value !== '' ? value : undefined}
          onChange={(next: string | undefined) => onChange(next ?? '')}
          status={status}
          options={options.map((o) => ({ value: o.value, label: o.label }))}
          placeholder={placeholder}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear
        />
      )}
    </FormField>
  );
}
