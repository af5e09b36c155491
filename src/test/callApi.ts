// Sends a request straight to the mock customs service, as a crafted client (or another tab)
// would, and returns the status and JSON body without any of the app's checks.
import { IDEMPOTENCY_HEADER } from '@/contract/http';

export interface ApiCall {
  token?: string | null;
  body?: unknown;
  idempotencyKey?: string;
}

export async function callApi(method: string, path: string, call: ApiCall = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (call.token) headers.Authorization = `Bearer ${call.token}`;
  if (call.idempotencyKey) headers[IDEMPOTENCY_HEADER] = call.idempotencyKey;
  const response = await fetch(new URL(`/api${path}`, window.location.origin), {
    method,
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  const body: any = await response.json().catch(() => null);
  return { status: response.status, body };
}

export async function tokenFor(username: string): Promise<string> {
  const { status, body } = await callApi('POST', '/auth/login', { body: { username, password: 'demo1234' } });
  if (status !== 200) throw new Error(`login of ${username} failed with ${status}`);
  return body.session.token as string;
}

/** The ids of the pre-reviews the enterprise's 查询 lists (first 100), to tell what a step added or removed. */
export async function listedPreReviewIds(token: string): Promise<string[]> {
  const { body } = await callApi('GET', '/pre-reviews?pageSize=100', { token });
  return (body.preReviews as { id: string }[]).map((r) => r.id).sort();
}

/** A new pre-review of the account's enterprise, kept (暂存) or declared (申报), as a crafted client sends it. */
export function createPreReview(token: string, data: unknown, { declare }: { declare: boolean }) {
  return callApi('POST', '/pre-reviews', {
    token,
    idempotencyKey: `create-${crypto.randomUUID()}`,
    body: { version: 0, declare, data },
  });
}

/** Customs decides the declared application of a record (`kind` as the console names it), read at `version`. */
export async function decideAsCustoms(
  kind: string,
  recordId: string,
  version: number,
  decision: 'approve' | 'reject' = 'approve',
  opinion = '',
) {
  return callApi('POST', `/customs/applications/${kind}/${recordId}/decision`, {
    token: await tokenFor('haiguan'),
    idempotencyKey: `decide-${crypto.randomUUID()}`,
    body: { version, decision, opinion },
  });
}
