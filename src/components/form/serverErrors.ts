import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/lib/api/apiError';

/**
 * Shows the service's field errors next to their fields. `prefix` is the part of the request
 * path in front of the form's own field names (e.g. `data.`). Returns whether any was shown.
 */
export function showServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
  prefix = '',
): boolean {
  if (!(error instanceof ApiError)) return false;
  let shown = false;
  for (const { path, message } of error.fieldErrors) {
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    if (!fieldNames.includes(name.split('.')[0] ?? '')) continue;
    setError(name as FieldPath<T>, { type: 'server', message }, { shouldFocus: !shown });
    shown = true;
  }
  return shown;
}
