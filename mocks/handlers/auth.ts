// Login and sessions (F0). Every other handler checks the session through http.ts.
import { HttpResponse } from 'msw';
import { passwordLoginSchema, type Session } from '@/features/auth/model/authSchemas';
import { getRecord, transact } from '../db';
import { customsApi, Problem, parseBody, requireSession, type Principal } from '../http';
import type { AccountRecord, EnterpriseRecord, SessionRecord } from '../records';
import { sha256Hex } from '../scenarios';

const SESSION_MINUTES = 120;

async function sessionOf(principal: Principal, expiresAt: string): Promise<Session> {
  const enterprise = principal.enterpriseId
    ? await getRecord<EnterpriseRecord>('enterprises', principal.enterpriseId)
    : undefined;
  return {
    token: principal.token,
    expiresAt,
    user: { username: principal.username, displayName: principal.displayName, role: principal.role },
    enterprise: enterprise ? { id: enterprise.id, nameCn: enterprise.nameCn, uscc: enterprise.uscc } : null,
  };
}

const wrongCredentials = () =>
  new Problem(401, 'UNAUTHENTICATED', '用户名或密码不正确，请重新输入。', [
    { path: 'password', message: '用户名或密码不正确' },
  ]);

export const authHandlers = [
  customsApi.post('/api/auth/login', async ({ request }) => {
    const body = await parseBody(request, passwordLoginSchema, { username: '用户名', password: '密码' });
    const account = await getRecord<AccountRecord>('accounts', body.username);
    if (!account || account.passwordSha256 !== (await sha256Hex(body.password))) throw wrongCredentials();
    const now = new Date();
    const session: SessionRecord = {
      id: crypto.randomUUID(),
      username: account.id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_MINUTES * 60_000).toISOString(),
    };
    await transact(['sessions'], [], async (tx) => {
      await tx.objectStore('sessions').put(session);
    });
    const principal: Principal = {
      username: account.id,
      displayName: account.displayName,
      role: account.role,
      enterpriseId: account.enterpriseId,
      token: session.id,
    };
    return HttpResponse.json({ session: await sessionOf(principal, session.expiresAt) });
  }),
  customsApi.get('/api/auth/session', async ({ request }) => {
    const principal = await requireSession(request);
    const record = await getRecord<SessionRecord>('sessions', principal.token);
    return HttpResponse.json({
      session: await sessionOf(principal, record?.expiresAt ?? new Date().toISOString()),
    });
  }),
  customsApi.post('/api/auth/logout', async ({ request }) => {
    const principal = await requireSession(request);
    await transact(['sessions'], [], async (tx) => {
      await tx.objectStore('sessions').delete(principal.token);
    });
    return HttpResponse.json({ ok: true });
  }),
];
