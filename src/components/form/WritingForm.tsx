// The <form> of every form that writes: named for assistive technology, checked by our own rules
// (not the browser's), and submitted by Enter or its primary button without a page load.
import type { ReactNode } from 'react';

export function WritingForm({
  label,
  onSubmit,
  onChange,
  children,
}: {
  label: string;
  onSubmit: () => void;
  onChange?: () => void;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      aria-label={label}
      onChange={onChange}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
