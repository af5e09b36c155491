// Hostile input sent straight to the service, as a crafted client would: every text field of every
// writing request gets 10,000 characters, markup, control characters and emoji; the amounts get
// negative, 1e309, NaN, too many decimals and full-width digits. Each is either stored exactly as
// sent (and given back so) or refused with a 4xx naming that field in Chinese. Never a 500.
import { describe, expect, it } from 'vitest';
import { xinqiDraftData } from '@mocks/seed/filings';
import { emptyPerson } from '@/features/filing/model/personnelSchemas';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';

const hostileText = {
  '10,000 characters': '长'.repeat(10_000),
  'script tags': '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;',
  'control characters': 'a\u0000b\u0007c\u001b[31m',
  emoji: '法兰😀👨‍👩‍👧‍👦🇨🇳',
} as const;

const hostileAmounts = ['-1', '1e309', 'NaN', '1.123456789', '１２３', 'Infinity', '0x10'] as const;

interface Outcome {
  status: number;
  body: { message?: string; fieldErrors?: { path: string; message: string }[] } & Record<string, unknown>;
}

/** Longer than any field allows, or invisible: always refused. */
const mustRefuse = (text: string) =>
  text === hostileText['10,000 characters'] || text === hostileText['control characters'];

/** Refused, on this field, in Chinese; or stored exactly (markup and emoji fit most fields). */
function expectRefusedOnOrKept(outcome: Outcome, path: string, stored: () => Promise<unknown>, sent: string) {
  expect(outcome.status).not.toBe(500);
  if (mustRefuse(sent)) expect(outcome.status).toBeGreaterThanOrEqual(400);
  if (outcome.status >= 400) {
    expect(outcome.status).toBe(422);
    const onField = outcome.body.fieldErrors?.find((e) => e.path === path);
    expect(onField?.message).toMatch(/[\u4e00-\u9fff]/);
    return Promise.resolve();
  }
  return stored().then((value) => expect(value).toBe(sent));
}

const set = (object: Record<string, unknown>, path: string, value: string): Record<string, unknown> => {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(object)
    ? ([...object] as unknown as Record<string, unknown>)
    : { ...object };
  copy[head] = rest.length === 0 ? value : set(copy[head] as Record<string, unknown>, rest.join('.'), value);
  return copy;
};
const get = (object: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], object);

const cases = Object.entries(hostileText);

describe('hostile text in every writing request', () => {
  it.each(
    ['nameCn', 'nameEn', 'legalRepresentative', 'address', 'contactName', 'contactPhone', 'uscc'].flatMap(
      (field) => cases.map(([kind, text]) => [field, kind, text] as const),
    ),
  )('企业备案 暂存: %s with %s', async (field, _kind, text) => {
    const token = await tokenFor('xinqi');
    const outcome = await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: 0, data: set(xinqiDraftData as never, field, text) },
    });
    await expectRefusedOnOrKept(
      outcome,
      `data.${field}`,
      async () => get((await callApi('GET', '/filing', { token })).body.filing.current.data, field),
      text,
    );
  });

  it.each(
    ['name', 'idNumber', 'mobile'].flatMap((field) =>
      cases.map(([kind, text]) => [field, kind, text] as const),
    ),
  )('授权人员 暂存: %s with %s', async (field, _kind, text) => {
    const token = await tokenFor('jinggong');
    const data = {
      ...emptyPerson,
      name: '赵强',
      idNumber: '440304198501011235',
      mobile: '13612345678',
      [field]: text,
    };
    const outcome = await callApi('POST', '/personnel', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: 0, declare: false, data },
    });
    await expectRefusedOnOrKept(outcome, `data.${field}`, async () => outcome.body.person.data[field], text);
  });

  it.each(
    [
      'product.nameCn',
      'product.model',
      'product.processing',
      'lines.0.materialName',
      'lines.0.origin',
    ].flatMap((field) => cases.map(([kind, text]) => [field, kind, text] as const)),
  )('产品预审 暂存: %s with %s', async (field, _kind, text) => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token });
    const outcome = await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: body.preReview.version, declare: false, data: set(body.preReview.data, field, text) },
    });
    await expectRefusedOnOrKept(
      outcome,
      `data.${field}`,
      async () =>
        get((await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token })).body.preReview.data, field),
      text,
    );
  });

  it.each(cases)('核查回复 回复说明 with %s', async (_kind, text) => {
    const token = await tokenFor('jinggong');
    const file = async (name: string) =>
      (await uploadBytes(token, pdfBytes(), name, crypto.randomUUID(), 'verification')).body.file;
    const outcome = await callApi('POST', '/verifications/vr-jinggong-spindle/response', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: {
        version: 1,
        reply: text,
        attachments: [
          { document: 'processFlow', file: await file('a.pdf') },
          { document: 'purchaseList', file: await file('b.pdf') },
        ],
      },
    });
    await expectRefusedOnOrKept(
      outcome,
      'reply',
      async () =>
        (await callApi('GET', '/verifications/vr-jinggong-spindle', { token })).body.verification.responses[0]
          .reply,
      text,
    );
  });

  it.each(cases)('注销 申请说明 with %s', async (_kind, text) => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-spindle', { token });
    const outcome = await callApi('POST', '/pre-reviews/pr-jinggong-spindle/actions', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: body.preReview.version, action: 'cancel', reason: text },
    });
    await expectRefusedOnOrKept(
      outcome,
      'reason',
      async () => (await callApi('GET', '/pre-reviews/pr-jinggong-spindle', { token })).body.preReview.reason,
      text,
    );
  });

  it.each(cases)('海关 审核意见 with %s', async (_kind, text) => {
    const enterprise = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token: enterprise });
    await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
      token: enterprise,
      idempotencyKey: crypto.randomUUID(),
      body: { version: body.preReview.version, declare: true, data: body.preReview.data },
    });
    const customs = await tokenFor('haiguan');
    const queue = await callApi('GET', '/customs/applications?status=pending', { token: customs });
    const item = queue.body.items.find((i: { subject: string }) => i.subject.includes('不锈钢法兰'));
    const outcome = await callApi('POST', `/customs/applications/preReview/${item.recordId}/decision`, {
      token: customs,
      idempotencyKey: crypto.randomUUID(),
      body: { version: item.version, decision: 'reject', opinion: text },
    });
    await expectRefusedOnOrKept(
      outcome,
      'opinion',
      async () =>
        (await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token: enterprise })).body.preReview
          .opinion,
      text,
    );
  });
});

describe('hostile amounts in the cost sheet', () => {
  it.each(
    ['product.exFactoryPrice', 'product.fobValue', 'lines.0.unitPrice', 'lines.0.quantity'].flatMap((field) =>
      hostileAmounts.map((amount) => [field, amount] as const),
    ),
  )('%s = %s: a draft keeps it as typed; 申报 is refused on that field', async (field, amount) => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token });
    const data = set(body.preReview.data, field, amount);
    const saved = await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: body.preReview.version, declare: false, data },
    });
    expect(saved.status).toBe(200);
    expect(get(saved.body.preReview.data, field)).toBe(amount);
    const declared = await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: saved.body.preReview.version, declare: true, data },
    });
    expect(declared.status).toBe(422);
    const onField = declared.body.fieldErrors.find((e: { path: string }) => e.path === `data.${field}`);
    expect(onField?.message).toMatch(/应为数字|不能为负数|最多保留\d位小数|数值过大/);
  });
});
