// Login (account, or card medium and PIN) and sessions (F0). Every other handler checks the
// session through http/sessions.ts.
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { beijingDateTime } from '@/values/beijingDate';
import { MAX_PASSWORD_ATTEMPTS, MAX_PIN_ATTEMPTS, PASSWORD_LOCK_MINUTES } from '@/contract/auth';
import { getRecord, readIn } from '../store/reads';
import { transact } from '../store/transactions';
import { Problem } from '../http/problems';
import { customsApi } from '../http/routing';
import { endSession, openSession, principalOf, sessionOf } from '../http/sessions';
import { sha256Hex } from '../domain/auth/hash';
import { checkPassword, checkPin } from '../domain/auth/lockout';
import { expiresFrom } from '../domain/auth/sessionRecords';

// The same words whether or not the username exists (no count of attempts left, which would
// tell a guesser which usernames are real).
const wrongCredentials = () =>
  new Problem(
    401,
    'UNAUTHENTICATED',
    `用户名或密码不正确，请重新输入。连续输错${MAX_PASSWORD_ATTEMPTS}次，账号将锁定${PASSWORD_LOCK_MINUTES}分钟。`,
    [{ path: 'password', message: '用户名或密码不正确' }],
  );

const accountLocked = (until: string) =>
  new Problem(
    423,
    'ACCOUNT_LOCKED',
    `密码已连续输错${MAX_PASSWORD_ATTEMPTS}次，账号已锁定，请于 ${beijingDateTime(until)}（北京时间）后再试。演示环境：在“演示数据管理”中重置演示数据可立即解锁。`,
  );

const cardLocked = () =>
  new Problem(
    423,
    'CARD_LOCKED',
    `PIN码已连续输错${MAX_PIN_ATTEMPTS}次，卡介质已锁定。请联系数据分中心解锁（演示环境：在“演示数据管理”中重置演示数据）。`,
  );

export const authHandlers = [
  customsApi.on(endpoints.login, async ({ body }) => {
    const outcome = await checkPassword(body.username, await sha256Hex(body.password));
    if (outcome.kind === 'locked') throw accountLocked(outcome.until);
    if (outcome.kind === 'wrong') throw wrongCredentials();
    const { account, session } = outcome;
    return HttpResponse.json({
      session: await sessionOf(principalOf(account, session.id), session.expiresAt),
    });
  }),
  customsApi.on(endpoints.cardLogin, async ({ body }) => {
    const outcome = await checkPin(body.cardId, await sha256Hex(body.pin));
    if (outcome.kind === 'unknownCard')
      throw new Problem(422, 'VALIDATION', '无法识别该卡介质。', [
        { path: 'cardId', message: '无法识别该卡介质' },
      ]);
    if (outcome.kind === 'locked') throw cardLocked();
    if (outcome.kind === 'wrong') {
      throw new Problem(401, 'UNAUTHENTICATED', `PIN码错误，还可尝试 ${outcome.remaining} 次。`, [
        { path: 'pin', message: `PIN码错误，还可尝试 ${outcome.remaining} 次` },
      ]);
    }
    const account = await getRecord('accounts', outcome.username);
    if (!account)
      throw new Problem(422, 'VALIDATION', '该卡介质未绑定账号。', [
        { path: 'cardId', message: '该卡介质未绑定账号' },
      ]);
    return HttpResponse.json({ session: await openSession(account) });
  }),
  customsApi.on(endpoints.session, async ({ principal }) => {
    const record = await getRecord('sessions', principal.token);
    return HttpResponse.json({
      session: await sessionOf(principal, record?.expiresAt ?? new Date().toISOString()),
    });
  }),
  customsApi.on(endpoints.extendSession, async ({ principal }) => {
    const expiresAt = expiresFrom(new Date());
    await transact(['sessions'], [], async (tx) => {
      const record = await readIn(tx, 'sessions', principal.token);
      if (record) await tx.objectStore('sessions').put({ ...record, expiresAt });
    });
    return HttpResponse.json({ session: await sessionOf(principal, expiresAt) });
  }),
  customsApi.on(endpoints.logout, async ({ request }) => {
    await endSession(request);
    return HttpResponse.json({ ok: true });
  }),
];
