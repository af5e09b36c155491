// The customs service's side of 产品预审: the gate (FR2–FR4) refuses with the UI's reasons, and a
// declaration breaking any rule (PR1–PR6, declare conditions) is refused on the right field.
import { describe, expect, it } from 'vitest';
import { callApi, listedPreReviewIds, tokenFor } from '@/test/callApi';
import { workedExample } from '@/test/workedExample';
import { blankLine } from '@/contract/sheet';

async function declare(token: string, data: ReturnType<typeof workedExample>, key: string) {
  return callApi('POST', '/pre-reviews', {
    token,
    idempotencyKey: key,
    body: { version: 0, declare: true, data },
  });
}

describe('the gate on 产品预审 in the service', () => {
  it('FR2: refuses an enterprise whose filing is not approved', async () => {
    const response = await callApi('GET', '/pre-reviews', { token: await tokenFor('xinqi') });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe('企业备案审核通过后，才能办理此项业务。您的企业备案尚未审核通过。');
  });

  it('FR4: refuses a non-production enterprise', async () => {
    const response = await callApi('GET', '/pre-reviews', { token: await tokenFor('huamao') });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe(
      '只有生产型企业才需发起产品预审申请。您的企业备案的企业类型是“贸易型企业”。',
    );
  });

  it('FR3: a saved filing change leaves pre-review open; a declared one closes it', async () => {
    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/filing', { token });
    const changed = { ...body.filing.approved, contactName: '陈晓东' };
    await callApi('PUT', '/filing/change/draft', {
      token,
      idempotencyKey: 'fr3-save',
      body: { version: 3, data: changed },
    });
    expect((await callApi('GET', '/pre-reviews', { token })).status).toBe(200);

    await callApi('POST', '/filing/change/declare', {
      token,
      idempotencyKey: 'fr3-declare',
      body: { version: 4, data: changed },
    });
    const blocked = await callApi('POST', '/pre-reviews', {
      token,
      idempotencyKey: 'fr3-blocked',
      body: { version: 0, declare: false, data: workedExample() },
    });
    expect(blocked.status).toBe(403);
    expect(blocked.body.message).toBe('企业备案变更申请正在海关审核中，审核完成前不能办理产品预审。');
  });
});

describe('rules PR1–PR6 in the service', () => {
  it('accepts the worked example, and a draft breaking rules', async () => {
    const token = await tokenFor('jinggong');
    expect((await declare(token, workedExample(), 'declare-valid')).status).toBe(201);
    const draft = workedExample();
    draft.product.fobValue = '90';
    const saved = await callApi('POST', '/pre-reviews', {
      token,
      idempotencyKey: 'draft-invalid',
      body: { version: 0, declare: false, data: draft },
    });
    expect(saved.status).toBe(201);
    expect(saved.body.preReview).toMatchObject({ state: '新增', applicationStatus: '暂存' });
  });

  it.each([
    [
      'PR1',
      (d: ReturnType<typeof workedExample>) => void (d.product.fobValue = '90'),
      'data.product.fobValue',
    ],
    [
      'PR2',
      (d: ReturnType<typeof workedExample>) =>
        void Object.assign(d.lines[0]!, { originValue: '25', nonOriginValue: '0' }),
      'data.product.hasImported',
    ],
    [
      'PR3',
      (d: ReturnType<typeof workedExample>) => void (d.product.hasImported = '否'),
      'data.product.hasImported',
    ],
    [
      'PR4',
      (d: ReturnType<typeof workedExample>) => void (d.lines[0]!.nonOriginValue = '14'),
      'data.lines.0.nonOriginValue',
    ],
    [
      'PR5',
      (d: ReturnType<typeof workedExample>) =>
        void Object.assign(d.product, { exFactoryPrice: '20', fobValue: '30' }),
      'data.product.exFactoryPrice',
    ],
    [
      'PR6',
      (d: ReturnType<typeof workedExample>) =>
        void Object.assign(d.product, { exFactoryPrice: '20', fobValue: '20' }),
      'data.product.fobValue',
    ],
  ])('%s: refuses a declaration breaking it, on its field', async (rule, breakIt, path) => {
    const token = await tokenFor('jinggong');
    const listed = await listedPreReviewIds(token);
    const data = workedExample();
    breakIt(data);
    const response = await declare(token, data, `declare-${rule}`);
    expect(response.status).toBe(422);
    expect(response.body.fieldErrors.map((e: { path: string }) => e.path)).toContain(path);
    // The message is the first problem in words (the UI shows it as is), not a rule code.
    const [first] = response.body.fieldErrors as { message: string }[];
    expect(response.body.message.startsWith(first?.message ?? '?')).toBe(true);
    expect(response.body.message).not.toMatch(/(FR|PR|ST|VR)\d/);
    expect(await listedPreReviewIds(token)).toEqual(listed); // nothing stored
  });

  it('takes a blank line for no line: the declaration is accepted and the line not kept', async () => {
    const token = await tokenFor('jinggong');
    const data = workedExample();
    data.lines.splice(1, 0, { ...blankLine('blank-line'), unit: ' ' });
    const declared = await declare(token, data, 'declare-with-blank-line');
    expect(declared.status).toBe(201);
    expect(declared.body.preReview.data.lines).toHaveLength(workedExample().lines.length);
  });

  it('refuses generic product names and a missing 原料HS编码 on a non-originating line', async () => {
    const token = await tokenFor('jinggong');
    const data = workedExample();
    data.product.nameCn = '配件';
    data.lines[0]!.materialHs = '';
    const response = await declare(token, data, 'declare-generic');
    expect(response.status).toBe(422);
    expect(response.body.fieldErrors).toEqual([
      { path: 'data.product.nameCn', message: '产品中文名称“配件”过于笼统，请填写具体的产品名称' },
      { path: 'data.lines.0.materialHs', message: '第 1 行：原料非原产价值大于 0，请填写原料HS编码' },
    ]);
  });

  it('customs approves a declared pre-review into 正常/审核通过, or rejects it into 新增/审核不通过', async () => {
    const token = await tokenFor('jinggong');
    const first = await declare(token, workedExample(), 'declare-to-approve');
    const second = await declare(
      token,
      { ...workedExample(), product: { ...workedExample().product, nameCn: '数控机床刀架' } },
      'declare-to-reject',
    );
    const customs = await tokenFor('haiguan');
    const decide = (id: string, decision: string, opinion: string) =>
      callApi('POST', `/customs/applications/preReview/${id}/decision`, {
        token: customs,
        idempotencyKey: `decide-${id}`,
        body: { version: 1, decision, opinion },
      });
    await decide(first.body.preReview.id, 'approve', '');
    await decide(second.body.preReview.id, 'reject', '加工工序描述不完整');
    const { body } = await callApi('GET', '/pre-reviews', { token });
    const byName = Object.fromEntries(body.preReviews.map((p: { nameCn: string }) => [p.nameCn, p]));
    expect(byName['数控机床主轴']).toMatchObject({ state: '正常', applicationStatus: '审核通过' });
    expect(byName['数控机床刀架']).toMatchObject({
      state: '新增',
      applicationStatus: '审核不通过',
      opinion: '加工工序描述不完整',
    });
  });
});
