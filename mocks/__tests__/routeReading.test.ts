// Every route admits its caller and reads the request as its endpoint says, before the handler
// runs: who asks first (401, 403), then the path (404), the query (400) and the body (422), each
// against the endpoint's own schema, the body's refusal naming the field by the endpoint's labels.
import { describe, expect, it } from 'vitest';
import { NO_SUCH_KIND } from '@/contract/review';
import { documentCatalog } from '@/contract/verification';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';

const tooLong = 'x'.repeat(1001);
const issue = {
  enterpriseId: '',
  subject: { kind: 'certificate', certificateNo: '' },
  requiredDocuments: [],
};

describe('a route reads the request with its endpoint', () => {
  it('asks who calls before it reads anything: no session 401, another role 403, whatever the body', async () => {
    const body = { ...issue, deadline: 'soon', requirement: tooLong };
    const anonymous = await callApi('POST', '/customs/verifications', {
      body,
      idempotencyKey: 'route-anon-1',
    });
    expect(anonymous.status).toBe(401);
    const enterprise = await callApi('POST', '/customs/verifications', {
      token: await tokenFor('jinggong'),
      body,
      idempotencyKey: 'route-ent-1',
    });
    expect(enterprise.status).toBe(403);
    expect(enterprise.body.code).toBe('FORBIDDEN');
  });

  it("names a refused body's fields with the endpoint's labels", async () => {
    const refused = await callApi('POST', '/customs/verifications', {
      token: await tokenFor('haiguan'),
      body: {
        enterpriseId: 'ent-jinggong',
        subject: { kind: 'certificate', certificateNo: 'ABC-123' },
        requiredDocuments: [documentCatalog[0]?.key],
        deadline: 'soon',
        requirement: tooLong,
      },
      idempotencyKey: 'route-body-1',
    });
    expect(refused.status).toBe(422);
    // The first problem named by its field's label (the message itself does not say it).
    expect(refused.body.message).toMatch(/^回复期限：日期.+（共 2 处需要修改）$/);
    expect(refused.body.fieldErrors).toContainEqual({
      path: 'requirement',
      message: '核查要求不能超过1000个字符',
    });
  });

  it('a path parameter the endpoint does not take is no address (404), before the body is read', async () => {
    const answer = await callApi('POST', '/customs/applications/nothing/x/decision', {
      token: await tokenFor('haiguan'),
      body: {},
      idempotencyKey: 'route-path-1',
    });
    expect(answer.status).toBe(404);
    expect(answer.body.message).toBe(NO_SUCH_KIND);
  });

  it('a query parameter the endpoint needs and did not get is 400, naming it', async () => {
    const token = await tokenFor('jinggong');
    const upload = await uploadBytes(token, pdfBytes(1_000), 'a.pdf', 'route-query-1', '');
    expect(upload.status).toBe(400);
    expect(upload.body.fieldErrors).toEqual([{ path: 'purpose', message: '缺少查询参数 purpose。' }]);
  });
});
