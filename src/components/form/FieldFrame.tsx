import { Form } from 'antd';
import type { ReactNode } from 'react';

/** The id of a field's message, for the input's aria-describedby. */
export const helpIdOf = (id: string) => `${id}-help`;

/**
 * A labelled field (label bound to the input by `id`), its message as an error announced through
 * the input's aria-describedby (`helpIdOf(id)`), and a hint below.
 */
export function FieldFrame({
  id,
  label,
  required,
  message,
  extra,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  message?: string | null;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      required={required}
      validateStatus={message ? 'error' : undefined}
      help={message ? <span id={helpIdOf(id)}>{message}</span> : undefined}
      extra={extra}
    >
      {children}
    </Form.Item>
  );
}
