// Hostile input sent straight to the service, as a crafted client would: every text field of every
// writing request gets 10,000 characters, markup, control characters, direction overrides,
// zero-width characters and emoji; the amounts get
// negative, 1e309, NaN, too many decimals and full-width digits. Each is either stored exactly as
// sent (and given back so) or refused with a 4xx naming that field in Chinese. Never a 500.
import { describe, expect, it } from 'vitest';
import { overwriteStored } from '@/test/rawRecords';
import { xinqiDraftData } from '@mocks/seed/filings';
import { emptyPerson } from '@/contract/personnel';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';

const hostileText = {
  '10,000 characters': '长'.repeat(10_000),
  'script tags': '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;',
  'control characters': 'a\u0000b\u0007c\u001b[31m',
  emoji: '法兰😀👨‍👩‍👧‍👦🇨🇳',
  'a direction override': 'invoice\u202efdp.exe',
  'a zero-width space': '法\u200b兰',
} as const;

const hostileAmounts = ['-1', '1e309', 'NaN', '1.123456789', '１２３', 'Infinity', '0x10'] as const;

interface Outcome {
  status: number;
  body: { message?: string; fieldErrors?: { path: string; message: string }[] } & Record<string, unknown>;
}

/** Longer than any field allows, or invisible: always refused. */
const mustRefuse = (text: string) =>
  text === hostileText['10,000 characters'] ||
  text === hostileText['control characters'] ||
  text === hostileText['a direction override'] ||
  text === hostileText['a zero-width space'];

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

describe('amounts with spaces around them', () => {
  it('are read the same and stored trimmed, in a draft and in a declaration', async () => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token });
    const original = body.preReview.data;
    const spaced = set(
      set(original, 'product.fobValue', ` ${original.product.fobValue} `),
      'lines.0.unitPrice',
      `\u3000${original.lines[0].unitPrice}  `,
    );
    const saved = await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: body.preReview.version, declare: false, data: spaced },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.preReview.data.product.fobValue).toBe(original.product.fobValue);
    expect(saved.body.preReview.data.lines[0].unitPrice).toBe(original.lines[0].unitPrice);
    const declared = await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: saved.body.preReview.version, declare: true, data: spaced },
    });
    expect(declared.status).toBe(200);
    expect(declared.body.preReview.data).toEqual(original);
  });
});

describe('line keys', () => {
  it('two lines under one key are refused on the second line (the diff matches lines by key)', async () => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token });
    const [first] = body.preReview.data.lines;
    const data = { ...body.preReview.data, lines: [first, { ...first, materialName: '另一种原料' }] };
    const outcome = await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: body.preReview.version, declare: false, data },
    });
    expect(outcome.status).toBe(422);
    expect(outcome.body.fieldErrors).toEqual([
      { path: 'data.lines.1.key', message: '第 2 行的行标识与前面的行重复' },
    ]);
  });
});

describe('impossible calendar dates', () => {
  it.each(['2099-02-30', '2026-02-29', '2026-13-01', '2026-04-31'])(
    '%s is refused as an authorisation date',
    async (date) => {
      const token = await tokenFor('jinggong');
      const { body } = await callApi('GET', '/agencies', { token });
      const [agency] = body.agencies;
      const outcome = await callApi('PUT', `/agencies/${agency.id}`, {
        token,
        idempotencyKey: crypto.randomUUID(),
        body: { version: agency.version, data: { ...agency.data, validTo: date } },
      });
      expect(outcome.status).toBe(422);
      expect(outcome.body.fieldErrors).toContainEqual({
        path: 'data.validTo',
        message: expect.stringContaining('日期不存在'),
      });
    },
  );

  it('2099-02-30 is refused as a verification deadline, and as a date filter (400)', async () => {
    const customs = await tokenFor('haiguan');
    const issued = await callApi('POST', '/customs/verifications', {
      token: customs,
      idempotencyKey: crypto.randomUUID(),
      body: {
        enterpriseId: 'ent-jinggong',
        subject: { kind: 'certificate', certificateNo: 'RCEP2026000123' },
        requirement: '请提供生产记录。',
        requiredDocuments: ['productionRecords'],
        deadline: '2099-02-30',
      },
    });
    expect(issued.status).toBe(422);
    expect(issued.body.fieldErrors).toContainEqual({
      path: 'deadline',
      message: expect.stringContaining('日期'),
    });

    const token = await tokenFor('jinggong');
    const filtered = await callApi('GET', '/acceptance?from=2099-02-30&to=2099-02-30', {
      token,
    });
    expect(filtered.status).toBe(400);
    expect(filtered.body.fieldErrors.map((e: { path: string }) => e.path)).toEqual(['from', 'to']);
  });
});

describe('file names', () => {
  it.each([
    ['a direction override', 'invoice\u202efdp.exe'],
    ['a zero-width space', '营业\u200b执照.pdf'],
    ['a byte-order mark inside', '营业执照\ufeff.exe.pdf'],
  ])('with %s are refused, so a name cannot pass for another', async (_kind, name) => {
    const upload = await uploadBytes(await tokenFor('xinqi'), pdfBytes(), name, crypto.randomUUID());
    expect(upload.status).toBe(422);
    expect(upload.body.fieldErrors).toEqual([
      { path: 'file', message: expect.stringContaining('文字方向控制符') },
    ]);
  });
});

describe('an agency under the enterprise’s own 统一社会信用代码', () => {
  it('is refused on the field', async () => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/agencies', { token });
    const [agency] = body.agencies;
    const own = (await callApi('GET', '/auth/session', { token })).body.session.enterprise.uscc;
    const outcome = await callApi('POST', '/agencies', {
      token,
      idempotencyKey: crypto.randomUUID(),
      body: { version: 0, data: { ...agency.data, uscc: own.toLowerCase() } },
    });
    expect(outcome.status).toBe(422);
    expect(outcome.body.fieldErrors).toEqual([
      { path: 'data.uscc', message: expect.stringContaining('本企业自己') },
    ]);
  });
});

describe('a stored session without a valid expiry', () => {
  it.each([
    ['missing', undefined],
    ['unreadable', 'not a date'],
    ['empty', ''],
  ])('(%s) counts as expired', async (_kind, expiresAt) => {
    const token = await tokenFor('jinggong');
    // Stored as a faulty build might have: not even a date.
    await overwriteStored('sessions', token, (session) => ({ ...session, expiresAt }));
    expect((await callApi('GET', '/filing', { token })).status).toBe(401);
  });
});
