// 产品预审 refusals as the service says them: a declaration breaking several rules names the first
// and how many there are; a deletion that customs must review needs its 申请说明, one that removes
// a never-approved record at once does not. Written for the survivors of the mutation run
// (issue 37).
import { describe, expect, it } from 'vitest';
import { callApi, createPreReview, decideAsCustoms, tokenFor } from '@/test/callApi';
import { workedExample, workedProduct } from '@/test/workedExample';

let counter = 0;
const key = (name: string) => `${name}-${(counter += 1)}-pre-review-refusals`;

const declare = async (data: ReturnType<typeof workedExample>) =>
  createPreReview(await tokenFor('jinggong'), data, { declare: true });

describe('产品预审: what a declaration is refused with', () => {
  it('one broken rule: its message alone, on its field', async () => {
    const data = { ...workedExample(), product: workedProduct({ fobValue: '90.00' }) };
    const answer = await declare(data);
    expect(answer.status).toBe(422);
    expect(answer.body.fieldErrors).toHaveLength(1);
    expect(answer.body.fieldErrors[0].path).toBe('data.product.fobValue');
    expect(answer.body.message).toBe(answer.body.fieldErrors[0].message);
  });

  it('several: the first one’s message, and how many need changing', async () => {
    const data = workedExample();
    data.product = workedProduct({ fobValue: '90.00' });
    data.lines = data.lines.map((line, i) => (i === 0 ? { ...line, nonOriginValue: '14' } : line));
    const answer = await declare(data);
    expect(answer.status).toBe(422);
    const count = answer.body.fieldErrors.length;
    expect(count).toBeGreaterThan(1);
    expect(answer.body.message).toBe(`${answer.body.fieldErrors[0].message}（共 ${count} 处需要修改）`);
  });
});

describe('产品预审: 删除 and its 申请说明', () => {
  it('of an approved record, an application to customs: refused without a 申请说明, on it', async () => {
    const token = await tokenFor('jinggong');
    const declared = (await declare(workedExample())).body.preReview;
    const approved = await decideAsCustoms('preReview', declared.id, declared.version);
    const act = (reason: string) =>
      callApi('POST', `/pre-reviews/${declared.id}/actions`, {
        token,
        idempotencyKey: key('delete'),
        body: { version: approved.body.item.version, action: 'delete', reason },
      });
    const refused = await act('');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      message: '请填写申请说明：删除申请须经海关审核',
      fieldErrors: [{ path: 'reason', message: '请填写申请说明' }],
    });
    const applied = await act('型号停产');
    expect(applied.status).toBe(200);
    expect(applied.body.preReview).toMatchObject({
      state: '删除',
      applicationStatus: '暂存',
      reason: '型号停产',
    });
  });

  it('of a 暂存 record never declared: removed at once, no 申请说明 asked', async () => {
    const token = await tokenFor('jinggong');
    const { body } = await createPreReview(token, workedExample(), { declare: false });
    const removed = await callApi('POST', `/pre-reviews/${body.preReview.id}/actions`, {
      token,
      idempotencyKey: key('delete'),
      body: { version: body.preReview.version, action: 'delete', reason: '' },
    });
    expect(removed.status).toBe(200);
    expect(removed.body.preReview).toBeNull();
  });
});
