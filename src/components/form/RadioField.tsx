import { Radio } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FieldProps } from './FormField';
import type { Option } from './SelectField';

interface RadioFieldProps<T extends FieldValues, TChecked> extends FieldProps<T, TChecked> {
  options: readonly Option[];
  /** The first choice takes the focus as the form opens (a form that starts with this choice). */
  autoFocus?: boolean;
  /** The choices one under another (long ones), rather than in a row. */
  vertical?: boolean;
}

/** One of a few choices, all in view. */
export function RadioField<T extends FieldValues, TChecked = T>({
  options,
  autoFocus,
  vertical,
  ...props
}: RadioFieldProps<T, TChecked>) {
  return (
    <FormField {...props}>
      {({ value, onChange, id, name, ...field }, label) => (
        <Radio.Group
          id={id}
          name={name}
          aria-label={label}
          aria-invalid={field['aria-invalid']}
          style={vertical ? { display: 'flex', flexDirection: 'column', gap: 4 } : undefined}
          value={value ?? null}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option, i) => (
            <Radio key={option.value} value={option.value} autoFocus={autoFocus && i === 0}>
              {option.label}
            </Radio>
          ))}
        </Radio.Group>
      )}
    </FormField>
  );
}
