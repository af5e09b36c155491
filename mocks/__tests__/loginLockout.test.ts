// Password guessing is limited as card PINs are: 5 wrong passwords in a row lock the account for
// 15 minutes (or until the demo data is reset), counted in the transaction that checks them; a
// success resets the count; an unknown username is answered like a wrong password.
import { describe, expect, it } from 'vitest';
import { callApi } from '@/test/callApi';
import { getRecord } from '../store/reads';
import { resetDatabase } from '../store/demoData';
import { transact } from '../store/transactions';
import type { AccountRecord } from '../store/records';

const login = (username: string, password: string) =>
  callApi('POST', '/auth/login', { body: { username, password } });

describe('password login attempts', () => {
  it('locks after 5 wrong passwords in a row, saying until when; the right password is refused meanwhile', async () => {
    for (let i = 0; i < 4; i += 1) {
      const wrong = await login('jinggong', `guess-${i}`);
      expect(wrong.status).toBe(401);
      expect(wrong.body.fieldErrors).toEqual([{ path: 'password', message: '用户名或密码不正确' }]);
      expect(wrong.body.message).toBe('用户名或密码不正确，请重新输入。连续输错5次，账号将锁定15分钟。');
    }
    const fifth = await login('jinggong', 'guess-4');
    expect(fifth.status).toBe(423);
    expect(fifth.body.code).toBe('ACCOUNT_LOCKED');
    expect(fifth.body.message).toMatch(/账号已锁定，请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）后再试/);

    const right = await login('jinggong', 'demo1234');
    expect(right.status).toBe(423);
    // Other accounts are not affected.
    expect((await login('huamao', 'demo1234')).status).toBe(200);
  });

  it('a success resets the count', async () => {
    for (let i = 0; i < 4; i += 1) expect((await login('huamao', `guess-${i}`)).status).toBe(401);
    expect((await login('huamao', 'demo1234')).status).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await login('huamao', `again-${i}`)).status).toBe(401);
    expect((await login('huamao', 'demo1234')).status).toBe(200);
  });

  it('counts guesses sent all at once: no more than 5 are ever checked', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login('xinqi', `burst-${i}`)));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(4);
    expect(answers.filter((a) => a.status === 423)).toHaveLength(8);
    const account = await getRecord('accounts', 'xinqi');
    expect(account?.failedLogins).toBe(5);
  });

  it('opens again once the lock has run out, counting afresh; a demo reset unlocks at once', async () => {
    for (let i = 0; i < 5; i += 1) await login('huafeng', `guess-${i}`);
    expect((await login('huafeng', 'demo1234')).status).toBe(423);
    await transact(['accounts'], [], async (tx) => {
      const account = (await tx.objectStore('accounts').get('huafeng')) as AccountRecord;
      await tx
        .objectStore('accounts')
        .put({ ...account, lockedUntil: new Date(Date.now() - 1000).toISOString() });
    });
    expect((await login('huafeng', 'wrong-after-lock')).status).toBe(401);
    expect((await login('huafeng', 'demo1234')).status).toBe(200);

    for (let i = 0; i < 5; i += 1) await login('huafeng', `guess-${i}`);
    await resetDatabase('standard');
    expect((await login('huafeng', 'demo1234')).status).toBe(200);
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const unknown = await login('nobody', 'demo1234');
    const wrong = await login('tongguan', 'not-it');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });
});

describe('a sign-in request of the wrong shape', () => {
  it('is refused on its field, naming it as the login page does', async () => {
    const password = await callApi('POST', '/auth/login', { body: { username: 'jinggong', password: 1234 } });
    expect(password.status).toBe(422);
    expect(password.body.fieldErrors[0].path).toBe('password');
    expect(password.body.message).toContain('密码');
    const username = await callApi('POST', '/auth/login', { body: { username: 7, password: 'demo1234' } });
    expect(username.body.fieldErrors[0].path).toBe('username');
    expect(username.body.message).toContain('用户名');
    const pin = await callApi('POST', '/auth/card-login', {
      body: { cardId: '8931000000000106', pin: 123456 },
    });
    expect(pin.status).toBe(422);
    expect(pin.body.fieldErrors[0].path).toBe('pin');
    expect(pin.body.message.startsWith('PIN码：')).toBe(true);
  });
});
