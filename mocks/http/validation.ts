// Reading what a request carries with its endpoint's own schemas — path parameters, a list's
// query, a JSON body — before the handler runs: a refusal names the first problem with its
// field's label (the endpoint's `labels`) and lists every one.
// The service's validation messages in Chinese wherever it runs (browser, Node, tests).
import '@/contract/zodLocale';
import type { z } from 'zod';
import type { BodyOf, Endpoint, ParamsOf, QueryOf } from '@/contract/endpoint';
import { labelAt, type FieldLabels } from '@/contract/fieldTable';
import { invalidQueryParams, safeQueryParams } from '@/contract/queryParams';
import { Problem, problems } from './problems';

function validationProblem(error: z.ZodError, labels: FieldLabels = {}): Problem {
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

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw problems.badRequest('请求内容不是有效的 JSON。');
  }
}

function validate<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  labels?: FieldLabels,
): z.infer<Schema> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationProblem(parsed.error, labels);
  return parsed.data;
}

/**
 * A query, strictly: a parameter the endpoint knows, with a value it does not take, or one it
 * needs and did not get, is 400 naming it (a list page itself falls back to defaults; the service
 * says what was wrong).
 */
function readQuery<Schema extends z.ZodObject>(request: Request, schema: Schema): z.infer<Schema> {
  const params = new URL(request.url).searchParams;
  const fieldErrors = invalidQueryParams(schema, params).map((name) => ({
    path: name,
    message: `查询参数 ${name} 的值“${params.get(name) ?? ''}”无效。`,
  }));
  if (fieldErrors.length === 0) {
    const read = safeQueryParams(schema, params);
    if (read.success) return read.data;
    for (const issue of read.error.issues) {
      const name = issue.path.map(String).join('.');
      fieldErrors.push({ path: name, message: `缺少查询参数 ${name}。` });
    }
  }
  throw new Problem(
    400,
    'BAD_REQUEST',
    `查询条件无效：${fieldErrors.map((e) => e.message).join('')}`,
    fieldErrors,
  );
}

/** What a route's handler is given besides the request: all of it read as its endpoint says. */
export interface RequestInput<E extends Endpoint> {
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
}

/**
 * The request's path parameters, list query and JSON body, each validated against `spec`'s
 * schema in that order: a parameter it does not take is 404 (there is no such address), a query
 * value 400, a body 422. An upload's bytes (`body: 'bytes'`) are left for the handler to read.
 */
export async function readRequest<E extends Endpoint>(
  spec: E,
  request: Request,
  params: Readonly<Record<string, string>>,
): Promise<RequestInput<E>> {
  const checked = spec.params?.safeParse(params);
  if (checked && !checked.success)
    throw problems.notFound(checked.error.issues[0]?.message ?? '没有找到该地址。');
  const query = spec.query ? readQuery(request, spec.query) : undefined;
  const body =
    typeof spec.body === 'object' ? validate(spec.body, await readJson(request), spec.labels) : undefined;
  return { params: { ...params, ...checked?.data }, query, body } as RequestInput<E>;
}
