// One validation path for a form: react-hook-form's resolver runs the form's schema (申报's, or
// 暂存's while a draft is being saved), and the service's field errors land on the same fields
// through the same mapping.
import { useState } from 'react';
import type {
  FieldErrors,
  FieldPath,
  FieldValues,
  Resolver,
  UseFormHandleSubmit,
  UseFormSetError,
} from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '@/lib/api/apiError';

export interface FormRules<TValues, TOutput, TDraft = unknown> {
  /** What 申报 (or the form's one submit) checks; live validation uses it too. */
  declare: z.ZodType<TOutput>;
  /** What 暂存 checks, when the form has it. */
  draft?: z.ZodType<TDraft>;
  /** The form's top-level field names: the service's errors about anything else are not the form's. */
  fields?: readonly string[];
  /** The request a schema checks, built from the form's values (default: the values). */
  toInput?: (values: TValues) => unknown;
  /** The form field a path of the request names (default: the same path). */
  fieldOf?: (path: string) => string;
  /** What stands in front of the form's names in the service's field paths, e.g. `data.`. */
  serverPrefix?: string;
}

interface Said {
  name: string;
  message: string;
}

/** Messages by field, nested as react-hook-form keeps them (`attachments.businessLicense`); first one wins. */
function nest(said: readonly Said[]): FieldErrors {
  const errors: Record<string, unknown> = {};
  for (const { name, message } of said) {
    const keys = name.split('.');
    let at = errors;
    keys.slice(0, -1).forEach((key) => {
      const next = Object.hasOwn(at, key) ? at[key] : undefined;
      at = (typeof next === 'object' && next !== null ? next : (at[key] = {})) as Record<string, unknown>;
    });
    const last = keys.at(-1) ?? '';
    if (!Object.hasOwn(at, last)) at[last] = { type: 'rule', message };
  }
  return errors as FieldErrors;
}

/** The service's field errors that concern this form, by the form's own field names. */
export function serverFieldErrors<TValues, TOutput>(
  error: unknown,
  rules: Pick<FormRules<TValues, TOutput>, 'fieldOf' | 'serverPrefix' | 'fields'>,
): Said[] {
  if (!(error instanceof ApiError)) return [];
  const prefix = rules.serverPrefix ?? '';
  const fieldOf = rules.fieldOf ?? ((path: string) => path);
  return error.fieldErrors
    .filter(({ path }) => path.startsWith(prefix))
    .map(({ path, message }) => ({ name: fieldOf(path.slice(prefix.length)), message }))
    .filter(({ name }) => !rules.fields || rules.fields.includes(name.split('.')[0] ?? ''));
}

type Step = 'draft' | 'declare';

export function useFormRules<TValues extends FieldValues, TOutput, TDraft = unknown>(
  rules: FormRules<TValues, TOutput, TDraft>,
) {
  // Which schema the resolver runs: a plain holder (not state), read only when validating.
  const [step] = useState<{ current: Step }>(() => ({ current: 'declare' }));
  const [resolver] = useState(() => {
    const toInput = rules.toInput ?? ((values: TValues) => values);
    const fieldOf = rules.fieldOf ?? ((path: string) => path);
    const check: Resolver<TValues, unknown, TOutput> = (values) => {
      const schema = step.current === 'draft' && rules.draft ? rules.draft : rules.declare;
      const parsed = schema.safeParse(toInput(values));
      if (parsed.success) return { values: parsed.data as TOutput, errors: {} };
      const said = parsed.error.issues.map((issue) => ({
        name: fieldOf(issue.path.map(String).join('.')),
        message: issue.message,
      }));
      return { values: {}, errors: nest(said) as FieldErrors<TValues> };
    };
    return check;
  });

  /**
   * Checks the form with `which` step's schema, then hands the checked values to `onValid`, or
   * what the schema refused to `onInvalid` (a form whose fields react-hook-form cannot focus itself).
   */
  const submitAs =
    <TChecked>(which: Step) =>
    (
      handleSubmit: UseFormHandleSubmit<TValues, TOutput>,
      onValid: (checked: TChecked) => void,
      onInvalid?: (errors: FieldErrors<TValues>) => void,
    ) => {
      step.current = which;
      void handleSubmit((checked) => onValid(checked as unknown as TChecked), onInvalid)().finally(() => {
        step.current = 'declare';
      });
    };

  /** Shows the service's field errors on their fields (focus on the first); whether any was shown. */
  const showServerErrors = (error: unknown, setError: UseFormSetError<TValues>): boolean => {
    const said = serverFieldErrors(error, rules);
    said.forEach(({ name, message }, i) =>
      setError(name as FieldPath<TValues>, { type: 'server', message }, { shouldFocus: i === 0 }),
    );
    return said.length > 0;
  };

  return {
    resolver,
    submitDraft: submitAs<TDraft>('draft'),
    submitDeclare: submitAs<TOutput>('declare'),
    showServerErrors,
  };
}
