// The change feed: after each write the service tells every other open tab which resources it
// changed, and the app refetches exactly those (their query keys' roots). A write that names too
// few leaves another tab showing old data; one that names none leaves every tab stale. Written for
// the survivors of the mutation run (issue 37): each write below is checked for what it announces.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SERVER_CHANGES_CHANNEL, serverChangeSchema, type Resource } from '@/contract/changes';
import { callApi, createPreReview, decideAsCustoms as decide, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';
import { workedExample } from '@/test/workedExample';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-change-feed`;

/** What another tab hears: each announcement, in order. */
let heard: Resource[][] = [];
let otherTab: BroadcastChannel;
beforeEach(() => {
  heard = [];
  otherTab = new BroadcastChannel(SERVER_CHANGES_CHANNEL);
  otherTab.onmessage = (event: MessageEvent) => {
    const change = serverChangeSchema.parse(event.data);
    if (change.kind === 'changed') heard.push(change.resources);
  };
});
afterEach(() => otherTab.close());

type Answer = Awaited<ReturnType<typeof callApi>>;

/**
 * Makes a write and returns its answer once the other tab has heard what it announced (or, when
 * `announces` is empty, after a write that is announced to mark the end: nothing came before it).
 */
async function expectAnnounced(write: () => Promise<Answer>, announces: Resource[]): Promise<Answer> {
  heard = [];
  const answer = await write();
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  if (announces.length === 0) {
    // A marker write that announces: whatever the first write announced would arrive before it.
    await createPreReview(await tokenFor('jinggong'), workedExample(), { declare: false });
    await vi.waitFor(() => expect(heard).toEqual([['preReviews']]));
    return answer;
  }
  await vi.waitFor(() => expect(heard).toEqual([announces]));
  return answer;
}

async function uploaded(token: string, name: string, purpose: string) {
  const { status, body } = await uploadBytes(token, pdfBytes(), name, key('upload'), purpose);
  expect(status).toBe(201);
  return body.file;
}

describe('what each write tells the other tabs', () => {
  it('产品预审: 暂存, 申报, customs approving it (and its queue), 注销', async () => {
    const token = await tokenFor('jinggong');
    const created = await expectAnnounced(
      () => createPreReview(token, workedExample(), { declare: false }),
      ['preReviews'],
    );
    const { id } = created.body.preReview;
    const declared = await expectAnnounced(
      () =>
        callApi('PUT', `/pre-reviews/${id}`, {
          token,
          idempotencyKey: key('declare'),
          body: { version: created.body.preReview.version, declare: true, data: workedExample() },
        }),
      ['preReviews'],
    );
    const approved = await expectAnnounced(
      () => decide('preReview', id, declared.body.preReview.version),
      ['preReviews', 'customs'],
    );
    await expectAnnounced(
      () =>
        callApi('POST', `/pre-reviews/${id}/actions`, {
          token,
          idempotencyKey: key('cancel'),
          body: { version: approved.body.item.version, action: 'cancel', reason: '不再出口' },
        }),
      ['preReviews'],
    );
  });

  it('授权人员: 暂存, 修改, customs approving a 申报, 停用', async () => {
    const token = await tokenFor('jinggong');
    const data = {
      name: '周立新',
      idNumber: '330203199001011236',
      mobile: '13912345678',
      powerOfAttorney: await uploaded(token, '授权书.pdf', 'personnel'),
      idCardCopy: await uploaded(token, '身份证.pdf', 'personnel'),
    };
    const created = await expectAnnounced(
      () =>
        callApi('POST', '/personnel', {
          token,
          idempotencyKey: key('person'),
          body: { version: 0, declare: false, data },
        }),
      ['personnel'],
    );
    const { id } = created.body.person;
    const declared = await expectAnnounced(
      () =>
        callApi('PUT', `/personnel/${id}`, {
          token,
          idempotencyKey: key('person'),
          body: { version: created.body.person.version, declare: true, data },
        }),
      ['personnel'],
    );
    await expectAnnounced(
      () => decide('personnel', id, declared.body.person.version),
      ['personnel', 'customs'],
    );
    await expectAnnounced(
      () =>
        callApi('POST', '/personnel/person-jinggong-1/disable', {
          token,
          idempotencyKey: key('disable'),
          body: { version: 2 },
        }),
      ['personnel'],
    );
  });

  it('代录入企业: an edit and a revoke reach the agency’s tabs too (its session’s principals)', async () => {
    const token = await tokenFor('jinggong');
    const seeded = (await callApi('GET', '/agencies', { token })).body.agencies[0];
    const edited = await expectAnnounced(
      () =>
        callApi('PUT', `/agencies/${seeded.id}`, {
          token,
          idempotencyKey: key('agency'),
          body: { version: seeded.version, data: { ...seeded.data, contactName: '李明' } },
        }),
      ['agencies', 'session'],
    );
    await expectAnnounced(
      () =>
        callApi('POST', `/agencies/${seeded.id}/revoke`, {
          token,
          idempotencyKey: key('revoke'),
          body: { version: edited.body.agency.version },
        }),
      ['agencies', 'session'],
    );
  });

  it('企业备案: a change kept, declared, approved by customs (and its queue); another withdrawn', async () => {
    const token = await tokenFor('jinggong');
    const { filing } = (await callApi('GET', '/filing', { token })).body;
    const data = { ...filing.approved, contactName: '李明' };
    const kept = await expectAnnounced(
      () =>
        callApi('PUT', '/filing/change/draft', {
          token,
          idempotencyKey: key('change'),
          body: { version: filing.version, data },
        }),
      ['filing'],
    );
    const declared = await expectAnnounced(
      () =>
        callApi('POST', '/filing/change/declare', {
          token,
          idempotencyKey: key('change'),
          body: { version: kept.body.filing.version, data },
        }),
      ['filing'],
    );
    const approved = await expectAnnounced(
      () => decide('filing', declared.body.filing.id, declared.body.filing.version),
      ['filing', 'customs'],
    );
    // Heard to the end before the withdraw, so that its announcement is not taken for the withdraw's.
    const again = await expectAnnounced(
      () =>
        callApi('POST', '/filing/change/declare', {
          token,
          idempotencyKey: key('change'),
          body: { version: approved.body.item.version, data: { ...data, contactName: '王芳' } },
        }),
      ['filing'],
    );
    await expectAnnounced(
      () =>
        callApi('POST', '/filing/withdraw', {
          token,
          idempotencyKey: key('withdraw'),
          body: { version: again.body.filing.version },
        }),
      ['filing'],
    );
  });

  it('核查互动: customs issuing, the enterprise answering, customs completing (and its queue)', async () => {
    const token = await tokenFor('jinggong');
    const customs = await tokenFor('haiguan');
    const issued = await expectAnnounced(
      () =>
        callApi('POST', '/customs/verifications', {
          token: customs,
          idempotencyKey: key('issue'),
          body: {
            enterpriseId: 'ent-jinggong',
            subject: { kind: 'certificate', certificateNo: 'R2632000000009' },
            requiredDocuments: ['processFlow'],
            deadline: '2099-12-31',
            requirement: '请提供生产工艺流程说明',
          },
        }),
      ['verifications'],
    );
    const record = issued.body.verification;
    const answered = await expectAnnounced(
      async () =>
        callApi('POST', `/verifications/${record.id}/response`, {
          token,
          idempotencyKey: key('respond'),
          body: {
            version: record.version,
            reply: '已按要求提供资料。',
            attachments: [
              { document: 'processFlow', file: await uploaded(token, '工艺.pdf', 'verification') },
            ],
          },
        }),
      ['verifications'],
    );
    await expectAnnounced(
      () => decide('verification', record.id, answered.body.verification.version),
      ['verifications', 'customs'],
    );
  });

  it('an upload, a sign-in, a card sign-in, an extension, acting for an enterprise and a sign-out announce nothing', async () => {
    const token = await tokenFor('jinggong');
    await expectAnnounced(
      () => uploadBytes(token, pdfBytes(), '附件.pdf', key('upload'), 'verification'),
      [],
    );
    await expectAnnounced(
      () => callApi('POST', '/auth/login', { body: { username: 'jinggong', password: 'demo1234' } }),
      [],
    );
    const { accounts } = (await callApi('GET', '/demo/accounts')).body;
    const card = accounts.find((a: { username: string }) => a.username === 'jinggong').cardId;
    await expectAnnounced(
      () => callApi('POST', '/auth/card-login', { body: { cardId: card, pin: '123456' } }),
      [],
    );
    await expectAnnounced(() => callApi('POST', '/auth/session/extend', { token }), []);
    const agency = await tokenFor('tongguan');
    await expectAnnounced(
      () => callApi('POST', '/auth/act-as', { token: agency, body: { enterpriseId: 'ent-jinggong' } }),
      [],
    );
    await expectAnnounced(() => callApi('POST', '/auth/logout', { token }), []);
  });
});
