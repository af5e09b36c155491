// What still needs changing, after a submit the form's rules (or the service) refused: each field
// by its label and message, a click away from the field.
import { Alert, Button } from 'antd';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { labelAt } from '@/contract/fieldTable';
import { focusField } from './FormField';

interface Said {
  name: string;
  message: string;
}

/** Every message in react-hook-form's nested errors, in the order of the fields. */
export function flattenErrors(errors: FieldErrors, prefix = ''): Said[] {
  return Object.entries(errors).flatMap(([key, value]): Said[] => {
    if (typeof value !== 'object' || value === null) return [];
    const name = `${prefix}${key}`;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string') return [{ name, message }];
    return flattenErrors(value as FieldErrors, `${name}.`);
  });
}

export function FormErrorSummary<T extends FieldValues>({
  errors,
  labels,
  shown,
}: {
  errors: FieldErrors<T>;
  labels: Readonly<Record<string, string>>;
  /** Whether the user has tried to submit (before that, each field speaks for itself). */
  shown: boolean;
}) {
  const said = flattenErrors(errors as FieldErrors);
  if (!shown || said.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="region"
      aria-label="需要修改的项目"
      style={{ margin: '16px 0' }}
      title={`${said.length} 处需要修改`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {said.map(({ name, message }) => {
            const label = labelAt(labels, name);
            return (
              <li key={name}>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                  onClick={() => focusField(name)}
                >
                  {/* Label first on every line, so the list reads as the fields to visit. */}
                  {label ? `${label}：${message}` : message}
                </Button>
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
