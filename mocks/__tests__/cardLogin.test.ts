// Card medium (卡介质) and PIN login, and the session it opens, in the service: five wrong PINs
// lock the card (counted per card, a success resetting the count), each wrong one says how many
// tries are left; an unknown card or one bound to no account is refused on the field; a session
// is extended and ended. Written for the survivors of the mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { callApi } from '@/test/callApi';
import { transact } from '../store/transactions';

const JINGGONG_CARD = '8933020300018701';
const cardLogin = (cardId: string, pin: string) =>
  callApi('POST', '/auth/card-login', { body: { cardId, pin } });

describe('card login', () => {
  it('opens a session for the card’s account, with its enterprise', async () => {
    const answer = await cardLogin(JINGGONG_CARD, '123456');
    expect(answer.status).toBe(200);
    expect(answer.body.session).toMatchObject({
      user: { username: 'jinggong', displayName: '陈晓峰', role: 'enterprise' },
      enterprise: { id: 'ent-jinggong', nameCn: '宁波海曙精工机械有限公司' },
      actingFor: null,
    });
    const session = await callApi('GET', '/auth/session', { token: answer.body.session.token });
    expect(session.status).toBe(200);
    expect(session.body.session.expiresAt).toBe(answer.body.session.expiresAt);
  });

  it('a wrong PIN says how many tries are left, on the field; the fifth locks the card, the right PIN included', async () => {
    for (const left of [4, 3, 2, 1]) {
      const wrong = await cardLogin(JINGGONG_CARD, '000000');
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({
        code: 'UNAUTHENTICATED',
        message: `PIN码错误，还可尝试 ${left} 次。`,
        fieldErrors: [{ path: 'pin', message: `PIN码错误，还可尝试 ${left} 次` }],
      });
    }
    const fifth = await cardLogin(JINGGONG_CARD, '000000');
    expect(fifth.status).toBe(423);
    expect(fifth.body).toMatchObject({
      code: 'CARD_LOCKED',
      message: expect.stringContaining('PIN码已连续输错5次'),
    });
    expect((await cardLogin(JINGGONG_CARD, '123456')).status).toBe(423);
  });

  it('a right PIN resets the count', async () => {
    for (let i = 0; i < 4; i += 1) await cardLogin(JINGGONG_CARD, '000000');
    expect((await cardLogin(JINGGONG_CARD, '123456')).status).toBe(200);
    const wrong = await cardLogin(JINGGONG_CARD, '000000');
    expect(wrong.body.message).toBe('PIN码错误，还可尝试 4 次。');
  });

  it('an unknown card, or one bound to no account, is refused on the card field', async () => {
    const unknown = await cardLogin('8900000000000000', '123456');
    expect(unknown.status).toBe(422);
    expect(unknown.body).toEqual({
      code: 'VALIDATION',
      message: '无法识别该卡介质。',
      fieldErrors: [{ path: 'cardId', message: '无法识别该卡介质' }],
    });
    await transact(['cards'], [], async (tx) => {
      const card = await tx.objectStore('cards').get(JINGGONG_CARD);
      if (!card) throw new Error('the seeded card is missing');
      await tx.objectStore('cards').put({ ...card, username: 'no-such-account' });
    });
    const unbound = await cardLogin(JINGGONG_CARD, '123456');
    expect(unbound.status).toBe(422);
    expect(unbound.body).toEqual({
      code: 'VALIDATION',
      message: '该卡介质未绑定账号。',
      fieldErrors: [{ path: 'cardId', message: '该卡介质未绑定账号' }],
    });
  });
});

describe('a session', () => {
  it('is extended (a later expiry, kept), and ended by logging out', async () => {
    const token = (await cardLogin(JINGGONG_CARD, '123456')).body.session.token as string;
    const before = (await callApi('GET', '/auth/session', { token })).body.session.expiresAt as string;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const extended = await callApi('POST', '/auth/session/extend', { token });
    expect(extended.status).toBe(200);
    expect(extended.body.session.expiresAt > before).toBe(true);
    expect((await callApi('GET', '/auth/session', { token })).body.session.expiresAt).toBe(
      extended.body.session.expiresAt,
    );

    expect((await callApi('POST', '/auth/logout', { token })).status).toBe(200);
    expect((await callApi('GET', '/auth/session', { token })).status).toBe(401);
  });
});
