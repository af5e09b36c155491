// Validating what a request carries with the contract's zod schemas: a body, a list's query; the
// first problem named with its field's label, every one listed.
// The service's validation messages in Chinese wherever it runs (browser, Node, tests).
import '@/contract/zodLocale';
import type { z } from 'zod';
import { labelAt } from '@/contract/fieldTable';
import { invalidQueryParams, parseQueryParams } from '@/contract/queryParams';
import { Problem, problems } from './problems';

/** Field labels by the last key of an issue's path, so messages can name the field. */
export type FieldLabels = Record<string, string>;

export function validationProblem(error: z.ZodError, labels: FieldLabels = {}): Problem {
  const fieldErrors = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = error.issues[0];
  // The same lookup as the form's error summary: the whole path's label, else its last key's.
  const label = first ? labelAt(labels, first.path.map(String).join('.')) : undefined;
  const firstMessage = first
    ? label && !first.message.includes(label)
      ? `${label}：${first.message}`
      : first.message
    : '';
  const more = fieldErrors.length > 1 ? `（共 ${fieldErrors.length} 处需要修改）` : '';
  return new Problem(422, 'VALIDATION', `${firstMessage}${more}`, fieldErrors);
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw problems.badRequest('请求内容不是有效的 JSON。');
  }
}

export function validate<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  labels?: FieldLabels,
): z.infer<Schema> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationProblem(parsed.error, labels);
  return parsed.data;
}

/**
 * A list's query, strictly: a parameter the list knows, with a value it does not take, is 400
 * naming it (the page itself falls back to defaults; the service says what was wrong).
 */
export function readListQuery<Schema extends z.ZodObject>(request: Request, schema: Schema): z.infer<Schema> {
  const params = new URL(request.url).searchParams;
  const invalid = invalidQueryParams(schema, params);
  if (invalid.length > 0) {
    const fieldErrors = invalid.map((name) => ({
      path: name,
      message: `查询参数 ${name} 的值“${params.get(name) ?? ''}”无效。`,
    }));
    throw new Problem(
      400,
      'BAD_REQUEST',
      `查询条件无效：${fieldErrors.map((e) => e.message).join('')}`,
      fieldErrors,
    );
  }
  return parseQueryParams(schema, params);
}

export async function parseBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  labels?: FieldLabels,
): Promise<z.infer<Schema>> {
  return validate(schema, await readJson(request), labels);
}
