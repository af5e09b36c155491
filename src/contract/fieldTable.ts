// A form's field table: each field's label, length limit, whether 申报 requires it, and its hint,
// written once. The draft (暂存) and declare (申报) schemas, the label map the service names
// fields by, the form's error summary and the fields themselves are all read from it.
//
// Messages are worded when a rule fails, not when the schema is built, so that an edit to a
// field's label shows at once in the form, its error summary and the service's answer.
import { z } from 'zod';
import { multiLine, singleLine } from '@/values/plainText';

export interface FieldSpec {
  label: string;
  /** The longest text accepted, 暂存 and 申报 alike (the form shows a count, never cuts). */
  max?: number;
  /** Required for 申报 (or for the one submit a form has). */
  required?: boolean;
  /** One line under the field saying what goes in it. */
  hint?: string;
  placeholder?: string;
  /** Chosen from a list (the message says 请选择, not 请填写). */
  choice?: boolean;
  /** May hold line breaks. */
  multiline?: boolean;
  /** A list of lines: the most it may hold, 暂存 and 申报 alike (the form keeps more, and says so). */
  maxRows?: number;
}

export type FieldTable = Readonly<Record<string, FieldSpec>>;

/** Declares a table, keeping its literal keys for typed field names. */
export const defineFields = <const T extends FieldTable>(table: T): T => table;

/** The message for a required field left empty. */
export const missingMessage = (spec: FieldSpec) => `${spec.choice ? '请选择' : '请填写'}${spec.label}`;

export const tooLongMessage = (spec: FieldSpec) => `${spec.label}不能超过${spec.max}个字符`;

export const tooManyRowsMessage = (spec: FieldSpec) => `${spec.label}最多${spec.maxRows}行`;

/**
 * Labels by field name (the service names fields in its messages with them). Each is read from
 * the table when it is used, so the map never holds an old label. Pass the map itself around:
 * a spread (`{ ...labels }`) or `Object.entries` copies today's labels and loses that.
 */
export function labelsOf<T extends FieldTable>(table: T): { readonly [K in keyof T]: string } {
  const labels = {};
  for (const key of Object.keys(table)) {
    Object.defineProperty(labels, key, { enumerable: true, get: () => table[key]?.label ?? key });
  }
  return labels as { readonly [K in keyof T]: string };
}

/** Each field's length limit, by field name. */
export function limitsOf<T extends FieldTable>(table: T): { readonly [K in keyof T]: number } {
  return Object.fromEntries(Object.entries(table).map(([key, spec]) => [key, spec.max ?? Infinity])) as {
    readonly [K in keyof T]: number;
  };
}

/** The table's fields in order, as `{ key, label }` (the label read when used). */
export function entriesOf<T extends FieldTable>(
  table: T,
): { readonly key: keyof T & string; readonly label: string }[] {
  return Object.keys(table).map((key) => ({
    key,
    get label() {
      return table[key]?.label ?? key;
    },
  }));
}

/**
 * The label of the field an issue's path names (`data.attachments.businessLicense`): the whole
 * path's, else its last key's. Own keys only: a path may name any key of a request (`__proto__`).
 */
/** Field labels by key (an issue's whole path, else its last key): what messages name fields by. */
export type FieldLabels = Readonly<Record<string, string>>;

export function labelAt(labels: FieldLabels, path: string): string | undefined {
  if (Object.hasOwn(labels, path)) return labels[path];
  const last = path.split('.').at(-1) ?? '';
  return Object.hasOwn(labels, last) ? labels[last] : undefined;
}

function bounded(spec: FieldSpec, schema: z.ZodString): z.ZodString {
  return spec.max === undefined ? schema : schema.max(spec.max, { error: () => tooLongMessage(spec) });
}

const plain = (spec: FieldSpec, schema: z.ZodString) =>
  spec.multiline ? multiLine(schema) : singleLine(schema);

/** Text as a draft may hold it: anything within the field's limit (`trim`: spaces around dropped first). */
export function draftText(spec: FieldSpec, { trim = false } = {}) {
  // A wrong type keeps zod's own message (应为字符串…); the service puts the label in front.
  const text = z.string();
  return plain(spec, bounded(spec, trim ? text.trim() : text));
}

// No `abort` on the emptiness check: an aborted issue would also skip the object's own
// refinements (dates in order, a required file), hiding them while any field is empty. The format
// checks below skip an empty value instead, so an empty field is only missing.
function nonEmpty(spec: FieldSpec) {
  return z
    .string({ error: () => missingMessage(spec) })
    .trim()
    .min(1, { error: () => missingMessage(spec) });
}

/** Text 申报 requires: trimmed, not empty, within the limit. */
export function requiredText(spec: FieldSpec) {
  return plain(spec, bounded(spec, nonEmpty(spec)));
}

/**
 * Required text in a fixed format (the format says the length): empty says 请填写, anything else
 * that does not match says `wrong`.
 */
export function requiredPattern(spec: FieldSpec, pattern: RegExp, wrong: (spec: FieldSpec) => string) {
  return (
    nonEmpty(spec)
      .refine((text) => text === '' || pattern.test(text), { error: () => wrong(spec) })
      // A refinement is invisible to JSON Schema: the published contract still states the format.
      .meta({ pattern: pattern.source })
  );
}

/** Required text checked by `problem` (null when fine), upper-cased first (codes and ID numbers). */
export function requiredCode(spec: FieldSpec, problem: (code: string) => string | null) {
  return nonEmpty(spec)
    .toUpperCase()
    .superRefine((code, ctx) => {
      const said = code === '' ? null : problem(code);
      if (said) ctx.addIssue({ code: 'custom', message: said });
    });
}

/** One of a fixed list of values; nothing chosen says 请选择. */
export function requiredChoice<const V extends readonly [string, ...string[]]>(spec: FieldSpec, values: V) {
  return z.enum(values, { error: () => missingMessage(spec) });
}

/** Draft schemas for every text field of a table (each within its limit). */
export function draftTextsOf<T extends FieldTable>(
  table: T,
): { [K in keyof T]: ReturnType<typeof draftText> } {
  return Object.fromEntries(Object.entries(table).map(([key, spec]) => [key, draftText(spec)])) as {
    [K in keyof T]: ReturnType<typeof draftText>;
  };
}
