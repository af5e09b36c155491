// 发起核查 in the service, customs' side of 核查互动: whom customs may verify (enterprises with an
// approved filing, and their approved pre-reviews), what an issue is refused for, and what the
// record says once issued (its 核查记录单号, its subject as approved, its office and officer).
// The enterprise's side: what awaits it, most urgent first. Written for the survivors of the
// mutation run (issue 37).
import { describe, expect, it } from 'vitest';
import { beijingDate } from '@/values/beijingDate';
import { callApi, createPreReview, decideAsCustoms, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';
import { workedExample } from '@/test/workedExample';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-verification-issue`;
const DEADLINE = '2099-12-31';

async function issue(body: Record<string, unknown>) {
  return callApi('POST', '/customs/verifications', {
    token: await tokenFor('haiguan'),
    idempotencyKey: key('issue'),
    body: {
      enterpriseId: 'ent-jinggong',
      subject: { kind: 'certificate', certificateNo: 'R2632000000009' },
      requiredDocuments: ['processFlow'],
      deadline: DEADLINE,
      requirement: '请提供生产工艺流程说明',
      ...body,
    },
  });
}

/** A pre-review of the producer's: a 暂存 draft, or declared and approved by customs. */
async function preReview(nameCn: string, approved: boolean) {
  const token = await tokenFor('jinggong');
  const data = workedExample();
  data.product.nameCn = nameCn;
  const created = await createPreReview(token, data, { declare: approved });
  expect(created.status).toBe(201);
  const record = created.body.preReview;
  if (approved) {
    const decided = await decideAsCustoms('preReview', record.id, record.version);
    expect(decided.status).toBe(200);
  }
  return record.id as string;
}

describe('发起核查: whom customs may verify', () => {
  it('lists the enterprises whose filing is approved, each with its approved pre-reviews only', async () => {
    const approvedId = await preReview('审核通过的主轴', true);
    const draftId = await preReview('暂存的主轴', false);
    const { status, body } = await callApi('GET', '/customs/verification-targets', {
      token: await tokenFor('haiguan'),
    });
    expect(status).toBe(200);
    const ids = body.enterprises.map((e: { id: string }) => e.id);
    expect(ids).toContain('ent-jinggong');
    expect(ids).not.toContain('ent-xinqi'); // no filing yet
    expect(ids).not.toContain('ent-huafeng'); // its filing is declared, not yet approved
    const jinggong = body.enterprises.find((e: { id: string }) => e.id === 'ent-jinggong');
    expect(jinggong.nameCn).toBe('宁波海曙精工机械有限公司');
    expect(jinggong.preReviews).toContainEqual({
      id: approvedId,
      nameCn: '审核通过的主轴',
      hsCode: workedExample().product.hsCode,
    });
    expect(jinggong.preReviews.map((p: { id: string }) => p.id)).not.toContain(draftId);
    for (const other of body.enterprises.filter((e: { id: string }) => e.id !== 'ent-jinggong'))
      expect(other.preReviews.map((p: { id: string }) => p.id)).not.toContain(approvedId);
  });
});

describe('发起核查: what an issue is refused for', () => {
  it('a deadline of today: 回复期限须晚于今天, on 回复期限', async () => {
    const answer = await issue({ deadline: beijingDate(new Date()) });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('VALIDATION');
    expect(answer.body.fieldErrors).toEqual([{ path: 'deadline', message: '回复期限须晚于今天' }]);
  });

  it('an enterprise whose filing is not approved, on 企业', async () => {
    const answer = await issue({ enterpriseId: 'ent-xinqi' });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('VALIDATION');
    expect(answer.body.fieldErrors).toEqual([
      { path: 'enterpriseId', message: '该企业尚未完成备案，不能发起核查' },
    ]);
  });

  it('a pre-review never approved, another enterprise’s, or none: on the pre-review', async () => {
    const draftId = await preReview('暂存的主轴', false);
    for (const [enterpriseId, preReviewId] of [
      ['ent-jinggong', draftId],
      ['ent-jinggong', 'no-such-pre-review'],
      ['ent-huamao', await preReview('审核通过的主轴', true)],
    ]) {
      const answer = await issue({ enterpriseId, subject: { kind: 'preReview', preReviewId } });
      expect(answer.status, `${enterpriseId} ${preReviewId}`).toBe(422);
      expect(answer.body.code).toBe('VALIDATION');
      expect(answer.body.fieldErrors).toEqual([
        { path: 'subject.preReviewId', message: '请选择该企业已审核通过的产品预审' },
      ]);
    }
  });
});

describe('发起核查: the record issued', () => {
  it('is numbered HC, the Beijing date and the next number; its subject as customs approved it', async () => {
    const preReviewId = await preReview('审核通过的主轴', true);
    const token = await tokenFor('jinggong');
    const before = (await callApi('GET', '/verifications?pageSize=100', { token })).body.total as number;
    const today = beijingDate(new Date()).replaceAll('-', '');

    const first = await issue({ subject: { kind: 'preReview', preReviewId } });
    expect(first.status).toBe(201);
    expect(first.body.verification).toMatchObject({
      enterpriseId: 'ent-jinggong',
      version: 1,
      number: `HC${today}${String(before + 1).padStart(4, '0')}`,
      subject: {
        kind: 'preReview',
        preReviewId,
        productName: '审核通过的主轴',
        hsCode: workedExample().product.hsCode,
      },
      requiredDocuments: ['processFlow'],
      deadline: DEADLINE,
      requirement: '请提供生产工艺流程说明',
      customsOffice: '宁波海关',
      issuedBy: 'haiguan',
      state: '待核查',
      responses: [],
    });
    const second = await issue({});
    expect(second.body.verification.number).toBe(`HC${today}${String(before + 2).padStart(4, '0')}`);
    expect(second.body.verification.subject).toEqual({
      kind: 'certificate',
      certificateNo: 'R2632000000009',
    });
  });

  it('awaits the enterprise: its notices list what it must process, the nearest deadline first', async () => {
    const token = await tokenFor('jinggong');
    const later = (await issue({ deadline: '2099-12-31' })).body.verification;
    const sooner = (await issue({ deadline: '2098-01-01' })).body.verification;
    const { body } = await callApi('GET', '/verifications/notices', { token });
    const ids = body.actionable.map((n: { id: string }) => n.id);
    expect(ids.indexOf(sooner.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(body.actionable.find((n: { id: string }) => n.id === sooner.id)).toEqual({
      id: sooner.id,
      number: sooner.number,
      subject: '原产地证书：R2632000000009',
      state: '待核查',
      deadline: '2098-01-01',
      overdue: false,
    });
    const states = new Set(body.actionable.map((n: { state: string }) => n.state));
    for (const state of states) expect(['待核查', '退回核查']).toContain(state);
  });

  it('a request customs returned (退回核查) awaits the enterprise again; all by nearest deadline', async () => {
    const token = await tokenFor('jinggong');
    // Several, so that an order other than by deadline would show (ids are random).
    for (const deadline of ['2097-03-01', '2099-06-01', '2096-01-01', '2098-09-01'])
      await issue({ deadline });
    const returned = (await issue({ deadline: '2095-05-01' })).body.verification;
    const file = (await uploadBytes(token, pdfBytes(), '工艺.pdf', key('upload'), 'verification')).body.file;
    const answered = await callApi('POST', `/verifications/${returned.id}/response`, {
      token,
      idempotencyKey: key('respond'),
      body: { version: 1, reply: '已提供', attachments: [{ document: 'processFlow', file }] },
    });
    const decided = await decideAsCustoms(
      'verification',
      returned.id,
      answered.body.verification.version,
      'reject',
      '请补充发票',
    );
    expect(decided.status).toBe(200);
    const { actionable } = (await callApi('GET', '/verifications/notices', { token })).body;
    expect(actionable.find((n: { id: string }) => n.id === returned.id)?.state).toBe('退回核查');
    const deadlines = actionable.map((n: { deadline: string }) => n.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    // The list, by default, the same way: awaiting first, nearest deadline first.
    const listed = (await callApi('GET', '/verifications?pageSize=100', { token })).body.verifications;
    const waiting = listed.filter((v: { state: string }) => v.state === '待核查' || v.state === '退回核查');
    expect(listed.slice(0, waiting.length)).toEqual(waiting);
    const listedDeadlines = waiting.map((v: { deadline: string }) => v.deadline);
    expect(listedDeadlines).toEqual([...listedDeadlines].sort());
  });
});

describe('核查互动: what the enterprise is refused and shown', () => {
  it('an answered record leaves its notices; its list filters by state', async () => {
    const token = await tokenFor('jinggong');
    const issued = (await issue({})).body.verification;
    const before = await callApi('GET', '/verifications/notices', { token });
    expect(before.body.actionable.map((n: { id: string }) => n.id)).toContain(issued.id);
    const file = (await uploadBytes(token, pdfBytes(), '工艺.pdf', key('upload'), 'verification')).body.file;
    const answered = await callApi('POST', `/verifications/${issued.id}/response`, {
      token,
      idempotencyKey: key('respond'),
      body: { version: 1, reply: '已提供', attachments: [{ document: 'processFlow', file }] },
    });
    expect(answered.status).toBe(200);
    const notices = (await callApi('GET', '/verifications/notices', { token })).body.actionable;
    expect(notices.map((n: { id: string }) => n.id)).not.toContain(issued.id);
    const replied = (await callApi('GET', '/verifications?state=已回复&pageSize=100', { token })).body;
    expect(replied.verifications.map((v: { id: string }) => v.id)).toContain(issued.id);
    expect(replied.verifications.every((v: { state: string }) => v.state === '已回复')).toBe(true);
    expect(replied.total).toBe(replied.verifications.length);
  });

  it('an attachment that is not the enterprise’s own verification upload, named by its document', async () => {
    const token = await tokenFor('jinggong');
    const issued = (await issue({})).body.verification;
    const upload = async (owner: string, name: string) =>
      (await uploadBytes(await tokenFor(owner), pdfBytes(), name, key('upload'), 'verification')).body.file;
    const respond = (attachments: unknown[]) =>
      callApi('POST', `/verifications/${issued.id}/response`, {
        token,
        idempotencyKey: key('respond'),
        body: { version: 1, reply: '已提供', attachments },
      });
    const required = await respond([{ document: 'processFlow', file: await upload('huamao', 'a.pdf') }]);
    expect(required.status).toBe(422);
    expect(required.body.code).toBe('VALIDATION');
    expect(required.body.fieldErrors).toEqual([
      { path: 'attachments.0', message: '生产工艺流程说明的附件不存在或不属于本企业，请重新上传。' },
    ]);
    const other = await respond([
      { document: 'processFlow', file: await upload('jinggong', 'b.pdf') },
      { document: 'other', file: await upload('huamao', 'c.pdf') },
    ]);
    expect(other.body.fieldErrors).toEqual([
      { path: 'attachments.1', message: '其他附件的附件不存在或不属于本企业，请重新上传。' },
    ]);
  });

  it('requests of the wrong shape are refused naming the field as the form does', async () => {
    const token = await tokenFor('jinggong');
    const issued = (await issue({})).body.verification;
    const reply = await callApi('POST', `/verifications/${issued.id}/response`, {
      token,
      idempotencyKey: key('respond'),
      body: { version: 1, reply: 7, attachments: [] },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.message.startsWith('回复说明：')).toBe(true);
    for (const [field, label] of [
      ['enterpriseId', '企业'],
      ['requiredDocuments', '必须上传的电子资料'],
      ['deadline', '回复期限'],
      ['requirement', '核查要求'],
    ] as const) {
      const answer = await issue({ [field]: 7 });
      expect(answer.status, field).toBe(422);
      expect(answer.body.message.startsWith(`${label}：`), answer.body.message).toBe(true);
    }
  });
});
