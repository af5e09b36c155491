import { Checkbox } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FieldProps } from './FormField';
import type { Option } from './SelectField';

interface CheckboxGroupFieldProps<T extends FieldValues, TChecked> extends FieldProps<T, TChecked> {
  options: readonly Option[];
}

/** Any number of choices (a list of values), announced as one group named by the field's label. */
export function CheckboxGroupField<T extends FieldValues, TChecked = T>({
  options,
  ...props
}: CheckboxGroupFieldProps<T, TChecked>) {
  return (
    <FormField {...props}>
      {({ value, onChange, id }, label) => (
        <div id={id} role="group" aria-label={label}>
          <Checkbox.Group
            value={Array.isArray(value) ? value : []}
            onChange={(checked) => onChange(checked)}
            options={options.map((o) => ({ value: o.value, label: o.label }))}
          />
        </div>
      )}
    </FormField>
  );
}
