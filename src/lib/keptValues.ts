// Reading back work in progress (lib/workInProgress): what was on screen is read with the form's
// draft schema reduced to its types and shape (shapeOf) — never with its limits or formats, so a
// sheet of 2,150 lines or a name one character too long comes back exactly as it was left, for
// the form to say what is wrong with it. A part that still cannot be read (a line that is not a
// line, a field that is not text) is set aside and named, and the rest comes back: one bad part
// never costs the whole form.
import { z } from 'zod';

/**
 * The same schema with every check taken off (lengths, counts, patterns, refinements, trimming),
 * keeping what each value is: object, list, record, text, choice. Transforms read their input.
 */
export function shapeOf(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject)
    return z.object(
      Object.fromEntries(
        Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, inner]) => [
          key,
          shapeOf(inner),
        ]),
      ),
    );
  if (schema instanceof z.ZodArray) return z.array(shapeOf(schema.element as z.ZodType));
  if (schema instanceof z.ZodRecord)
    return z.record(schema.keyType as z.ZodString, shapeOf(schema.valueType as z.ZodType));
  if (schema instanceof z.ZodOptional) return shapeOf(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodNullable) return shapeOf(schema.unwrap() as z.ZodType).nullable();
  if (schema instanceof z.ZodPipe) return shapeOf(schema.in as z.ZodType);
  return schema.clone({ ...schema.def, checks: [] });
}

export type KeptPath = readonly PropertyKey[];

export interface KeptReading<T> {
  values: T;
  /** What could not be read, one sentence a part ("第 3 行无法恢复：…"). */
  setAside: string[];
}

/** A reader of kept values for one form (see `keptReader`). */
export type KeptReader<T> = (stored: unknown, saved: T) => KeptReading<T> | null;

const isRecord = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where an issue's part is: an item of a list (removed), or a field (put back to the saved value). */
type Part =
  | { kind: 'item'; list: unknown[]; index: number; path: KeptPath }
  | { kind: 'field'; parent: Record<PropertyKey, unknown>; key: PropertyKey; path: KeptPath };

function partAt(root: unknown, path: KeptPath): Part | null {
  let node: unknown = root;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i] as PropertyKey;
    if (Array.isArray(node) && typeof key === 'number')
      return { kind: 'item', list: node, index: key, path: path.slice(0, i + 1) };
    if (!isRecord(node)) return null;
    if (i === path.length - 1) return { kind: 'field', parent: node, key, path };
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    // A field that is not the object or list the shape expects is itself the part.
    if (!isRecord(next) && !Array.isArray(next))
      return { kind: 'field', parent: node, key, path: path.slice(0, i + 1) };
    node = next;
  }
  return null; // the whole value: nothing to keep
}

function savedAt(saved: unknown, path: KeptPath): unknown {
  let node = saved;
  for (const key of path) node = isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  return node === undefined ? undefined : structuredClone(node);
}

/**
 * Reads `stored` with `schema`'s shape. A part that does not fit is set aside: an item of a list
 * is left out, a field takes `saved`'s value again; each is said once, named by `name`. Null when
 * the stored value is not the form's at all (not an object).
 */
export function readKept<T>(
  schema: z.ZodType,
  stored: unknown,
  saved: T,
  name: (path: KeptPath) => string,
): KeptReading<T> | null {
  if (!isRecord(stored)) return null;
  const shape = shapeOf(schema);
  const value = structuredClone(stored);
  const setAside: string[] = [];
  // One round sees every issue (no check aborts); a second only if a saved value did not fit.
  for (let round = 0; round < 3; round += 1) {
    const parsed = shape.safeParse(value);
    if (parsed.success) return { values: parsed.data as T, setAside };
    const said = new Set<string>();
    const removals = new Map<unknown[], Set<number>>();
    for (const issue of parsed.error.issues) {
      const part = partAt(value, issue.path as KeptPath);
      if (!part) return null;
      const id = part.path.map(String).join('\u0000');
      if (said.has(id)) continue;
      said.add(id);
      // Said in the user's words: zod's own message names types ("期望 string").
      setAside.push(
        `${name(part.path)}无法恢复：保存的内容已损坏，${part.kind === 'item' ? '已略去' : '请核对后重新填写'}`,
      );
      if (part.kind === 'item')
        removals.set(part.list, (removals.get(part.list) ?? new Set()).add(part.index));
      else {
        const fallback = savedAt(saved, part.path);
        if (fallback === undefined) delete part.parent[part.key as string];
        else part.parent[part.key as string] = fallback;
      }
    }
    // Items leave their lists last, highest index first, so the indexes named above stay true.
    for (const [list, indexes] of removals)
      for (const index of [...indexes].sort((a, b) => b - a)) list.splice(index, 1);
  }
  return null;
}

/**
 * Names a part by the labels of a form's fields (“联系人”), and an item of a list by its place
 * (附件 第 2 项); a part without a label by its place alone.
 */
export function partNamer(labels: Readonly<Record<string, string>>): (path: KeptPath) => string {
  return (path) => {
    const names = path.map((key) =>
      typeof key === 'number'
        ? `第 ${key + 1} 项`
        : Object.hasOwn(labels, key)
          ? `“${labels[key as string]}”`
          : '',
    );
    return names.filter(Boolean).join(' ') || '一项内容';
  };
}

/** A form's reader: its draft schema's shape, parts named by `name`, values finished by `then`. */
export function keptReader<T>(
  schema: z.ZodType,
  name: (path: KeptPath) => string,
  then: (values: T) => T = (values) => values,
): KeptReader<T> {
  return (stored, saved) => {
    const read = readKept<T>(schema, stored, saved, name);
    return read && { ...read, values: then(read.values) };
  };
}
