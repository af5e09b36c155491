import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { DateInput } from '../DateInput';
import { FormField, type FieldLabelling } from './FormField';

/** A form's date (`YYYY-MM-DD`, empty when cleared), picked from antd's calendar or typed. */
export function DateField<T extends FieldValues, TChecked = T>({
  control,
  name,
  width,
  ...labelling
}: FieldLabelling & { control: Control<T, unknown, TChecked>; name: FieldPath<T>; width?: number }) {
  return (
    <FormField control={control} name={name} {...labelling}>
      {({ value, onChange, ref, name: _name, ...field }) => (
        <DateInput
          {...field}
          inputRef={ref}
          value={typeof value === 'string' ? value : undefined}
          onChange={(day) => onChange(day ?? '')}
          style={width === undefined ? undefined : { maxWidth: width }}
        />
      )}
    </FormField>
  );
}
