// 核查互动 in the mock service: VR1 and VR2 enforced whatever the client sends, files checked by
// content and size, other enterprises kept out, and a return followed by a second response.
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes, zipBytes } from '@/test/files';

const RECORD = 'vr-jinggong-spindle'; // seeded: 待核查, requires 生产工艺流程说明 and 原材料采购凭证清单
let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-verification`;

async function uploaded(token: string, name: string) {
  const { status, body } = await uploadBytes(token, pdfBytes(), name, key('upload'), 'verification');
  expect(status).toBe(201);
  return body.file;
}

async function get(token: string, id = RECORD) {
  return callApi('GET', `/verifications/${id}`, { token });
}

async function respond(token: string, attachments: unknown[], reply = '已按要求提供资料。') {
  const { body } = await get(token);
  return callApi('POST', `/verifications/${RECORD}/response`, {
    token,
    idempotencyKey: key('respond'),
    body: { version: body.verification.version, reply, attachments },
  });
}

async function decide(decision: 'approve' | 'reject', opinion = '') {
  const customs = await tokenFor('haiguan');
  const { body } = await get(await tokenFor('jinggong'));
  return callApi('POST', `/customs/applications/verification/${RECORD}/decision`, {
    token: customs,
    idempotencyKey: key('decide'),
    body: { version: body.verification.version, decision, opinion },
  });
}

describe('verification records in the service', () => {
  it('VR2: refuses a response with a required document missing, on that document; the record unchanged', async () => {
    const token = await tokenFor('jinggong');
    const before = (await get(token)).body;
    const flow = await uploaded(token, '工艺流程.pdf');
    const response = await respond(token, [{ document: 'processFlow', file: flow }]);
    expect(response.status).toBe(422);
    expect(response.body.message).toContain('原材料采购凭证清单');
    expect(response.body.fieldErrors).toEqual([
      {
        path: 'documents.purchaseList',
        message: '请上传“原材料采购凭证清单”：核查记录单勾选的电子资料必须上传',
      },
    ]);
    expect((await get(token)).body).toEqual(before);
  });

  it('VR1: processes 待核查 and 退回核查 only; a return then a second response works, earlier files kept', async () => {
    const token = await tokenFor('jinggong');
    const flow = await uploaded(token, '工艺流程.pdf');
    const list = await uploaded(token, '采购凭证清单.pdf');
    const first = await respond(token, [
      { document: 'processFlow', file: flow },
      { document: 'purchaseList', file: list },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.verification.state).toBe('已回复');

    // 已回复: not processable again until customs acts (VR1).
    const again = await respond(token, [
      { document: 'processFlow', file: flow },
      { document: 'purchaseList', file: list },
    ]);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('状态为“已回复”的核查记录单不能处理，只有待核查或退回核查的可以处理。');

    expect((await decide('reject', '采购凭证清单缺少发票号码')).status).toBe(200);
    const returned = (await get(token)).body.verification;
    expect(returned.state).toBe('退回核查');
    expect(returned.responses[0].outcome).toMatchObject({
      kind: 'returned',
      reason: '采购凭证清单缺少发票号码',
    });

    const invoices = await uploaded(token, '采购发票.pdf');
    const second = await respond(token, [
      { document: 'processFlow', file: flow },
      { document: 'purchaseList', file: list },
      { document: 'purchaseInvoices', file: invoices },
    ]);
    expect(second.status).toBe(200);
    expect(second.body.verification.responses).toHaveLength(2);
    expect((await decide('approve')).status).toBe(200);
    const done = (await get(token)).body.verification;
    expect(done.state).toBe('核查完成');
    expect((await respond(token, [{ document: 'processFlow', file: flow }])).status).toBe(409); // VR1
  });

  it('checks files by content and size: a ZIP named .pdf and a file over 2 MB are refused', async () => {
    const token = await tokenFor('jinggong');
    const zip = await uploadBytes(token, zipBytes(), '工艺流程.pdf', key('zip'), 'verification');
    expect(zip.status).toBe(422);
    expect(zip.body.message).toMatch(/PDF、JPG 或 PNG/);
    const big = await uploadBytes(
      token,
      pdfBytes(2 * 1024 * 1024 + 1),
      '扫描件.pdf',
      key('big'),
      'verification',
    );
    expect(big.status).toBe(422);
    expect(big.body.message).toContain('超过 2 MB 的限制');
  });

  it('keeps other enterprises out: the record, its files, and attaching someone else’s file', async () => {
    const owner = await tokenFor('jinggong');
    const other = await tokenFor('huamao');
    expect((await get(other)).status).toBe(404);
    const completed = (await get(owner, 'vr-jinggong-cylinder')).body.verification;
    const fileId = completed.responses[0].attachments[0].file.id;
    expect((await callApi('GET', `/files/${fileId}`, { token: other })).status).toBe(404);
    expect((await callApi('GET', '/verifications', { token: other })).body.verifications).toEqual([]);

    const foreign = await uploaded(other, '别家的文件.pdf');
    const flow = await uploaded(owner, '工艺流程.pdf');
    const response = await respond(owner, [
      { document: 'processFlow', file: flow },
      { document: 'purchaseList', file: foreign },
    ]);
    expect(response.status).toBe(422);
    expect(response.body.fieldErrors[0].path).toBe('attachments.1');
  });

  it('gives one response for one idempotency key, and refuses a stale version with 409', async () => {
    const token = await tokenFor('jinggong');
    const flow = await uploaded(token, '工艺流程.pdf');
    const list = await uploaded(token, '采购凭证清单.pdf');
    const body = {
      version: 1,
      reply: '资料如附件',
      attachments: [
        { document: 'processFlow', file: flow },
        { document: 'purchaseList', file: list },
      ],
    };
    const send = (k: string) =>
      callApi('POST', `/verifications/${RECORD}/response`, { token, idempotencyKey: k, body });
    const a = await send('same-key-respond');
    const b = await send('same-key-respond');
    expect(b).toEqual(a);
    expect((await get(token)).body.verification.responses).toHaveLength(1);
    expect((await send('another-key-respond')).status).toBe(409);
  });

  it('lets customs issue a record only with required documents, a future deadline and a filed enterprise', async () => {
    const customs = await tokenFor('haiguan');
    const issue = (body: unknown) =>
      callApi('POST', '/customs/verifications', { token: customs, idempotencyKey: key('issue'), body });
    const valid = {
      enterpriseId: 'ent-jinggong',
      subject: { kind: 'certificate', certificateNo: 'RCEP-2026-0001' },
      requiredDocuments: ['costSheet'],
      deadline: '2099-12-31',
      requirement: '请提供该证书对应货物的成本明细。',
    };
    expect((await issue({ ...valid, requiredDocuments: [] })).body.fieldErrors[0].path).toBe(
      'requiredDocuments',
    );
    expect((await issue({ ...valid, deadline: '2020-01-01' })).body.fieldErrors[0].path).toBe('deadline');
    expect((await issue({ ...valid, enterpriseId: 'ent-xinqi' })).body.fieldErrors[0].path).toBe(
      'enterpriseId',
    );
    const made = await issue(valid);
    expect(made.status).toBe(201);
    const token = await tokenFor('jinggong');
    const notices = (await callApi('GET', '/verifications/notices', { token })).body.actionable;
    expect(notices.map((n: { id: string }) => n.id)).toContain(made.body.verification.id);
    // An enterprise cannot issue; customs cannot respond.
    expect(
      (await callApi('POST', '/customs/verifications', { token, idempotencyKey: key('x'), body: valid }))
        .status,
    ).toBe(403);
  });

  it('refuses more files for one document than the form allows, and one file attached twice, on the document', async () => {
    const token = await tokenFor('jinggong');
    const before = (await get(token)).body;
    const flow = await uploaded(token, '工艺流程.pdf');
    const list = await uploaded(token, '采购凭证清单.pdf');
    const six = await Promise.all(Array.from({ length: 6 }, (_, i) => uploaded(token, `发票${i + 1}.pdf`)));
    const tooMany = await respond(token, [
      { document: 'processFlow', file: flow },
      { document: 'purchaseList', file: list },
      ...six.map((file) => ({ document: 'purchaseInvoices', file })),
    ]);
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.fieldErrors).toEqual([
      { path: 'documents.purchaseInvoices', message: '“原材料采购发票”最多上传 5 个附件，请删除多余的附件' },
    ]);

    const twice = await respond(token, [
      { document: 'processFlow', file: flow },
      { document: 'purchaseList', file: list },
      { document: 'other', file: flow },
    ]);
    expect(twice.status).toBe(422);
    expect(twice.body.fieldErrors).toEqual([
      { path: 'documents.other', message: '附件“工艺流程.pdf”重复添加，同一文件只能附一次' },
    ]);
    expect((await get(token)).body).toEqual(before);
  });
});
