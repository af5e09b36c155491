// Lookups keyed by request data never reach Object.prototype: purposes, scenario names, review
// kinds, sort keys and fault names that happen to be `constructor`, `__proto__`, `toString`,
// `hasOwnProperty` or `valueOf` are unknown, and refused or ignored — never found.
import { describe, expect, it } from 'vitest';
import { xinqiDraftData } from '@mocks/seed/filings';
import { callApi, tokenFor } from '@/test/callApi';
import { pdfBytes, uploadBytes } from '@/test/files';
import { closeDatabase, database } from '../store/open';
import { readMeta, updateMeta } from '../store/demoData';
import { requestScenario } from '../store/startUp';

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const TEN_MB = 10 * 1024 * 1024;

describe('keys from requests', () => {
  it.each(PROTOTYPE_KEYS)(
    'an upload with purpose=%s is refused as unknown (no limit bypass)',
    async (purpose) => {
      const token = await tokenFor('jinggong');
      const upload = await uploadBytes(
        token,
        pdfBytes(TEN_MB),
        '大文件.pdf',
        `proto-upload-${purpose}`,
        purpose,
      );
      expect(upload.status).toBe(400);
      expect(upload.body.code).toBe('BAD_REQUEST');
      expect(upload.body.fieldErrors).toEqual([
        { path: 'purpose', message: `查询参数 purpose 的值“${purpose}”无效。` },
      ]);
    },
  );

  it.each(PROTOTYPE_KEYS)('a customs decision of kind %s is not found', async (kind) => {
    const token = await tokenFor('haiguan');
    const decision = await callApi('POST', `/customs/applications/${kind}/filing-ent-huafeng/decision`, {
      token,
      idempotencyKey: `proto-kind-${kind}`,
      body: { version: 1, decision: 'approve', opinion: '' },
    });
    expect(decision.status).toBe(404);
  });

  it.each(PROTOTYPE_KEYS)('sort=%s in 查询 is a parameter value it does not take (400)', async (sort) => {
    const token = await tokenFor('jinggong');
    const list = await callApi('GET', `/pre-reviews?sort=${sort}&order=${sort}`, { token });
    expect(list.status).toBe(400);
    expect(list.body.fieldErrors.map((e: { path: string }) => e.path)).toEqual(['sort', 'order']);
  });

  it.each(PROTOTYPE_KEYS)('a query parameter named %s is not one the list knows: ignored', async (name) => {
    const token = await tokenFor('jinggong');
    const list = await callApi('GET', `/pre-reviews?${name}=1`, { token });
    expect(list.status).toBe(200);
    expect(list.body.preReviews.length).toBeGreaterThan(0);
  });

  it.each(PROTOTYPE_KEYS)('a fault mode %s is refused on the field', async (fault) => {
    const answer = await callApi('PUT', '/demo/runtime', { body: { fault } });
    expect(answer.status).toBe(422);
  });
});

describe('?scenario= with an unknown name', () => {
  it.each(PROTOTYPE_KEYS)(
    '%s is ignored with a notice, and the data entered since stays over reloads',
    async (name) => {
      const token = await tokenFor('xinqi');
      const saved = await callApi('PUT', '/filing/draft', {
        token,
        idempotencyKey: `proto-scenario-draft-${name}`,
        body: { version: 0, data: { ...xinqiDraftData, nameCn: '苏州工业园区新启电子科技有限公司' } },
      });
      expect(saved.status).toBe(200);

      // A reload with ?scenario=<name>, then a plain reload.
      await closeDatabase();
      requestScenario(name);
      await database();
      const meta = await readMeta();
      expect(meta.scenario).toBe('standard');
      expect(meta.notices.map((n) => n.message).join()).toContain('已忽略该参数');
      await closeDatabase();
      requestScenario(null);
      await database();
      expect((await readMeta()).notices.map((n) => n.message).join()).not.toContain('已损坏');

      const filing = await callApi('GET', '/filing', { token: await tokenFor('xinqi') });
      expect(filing.body.filing.current.data.nameCn).toBe('苏州工业园区新启电子科技有限公司');
    },
  );

  it('data stored under an unknown scenario by an earlier build is kept, not reseeded', async () => {
    const token = await tokenFor('xinqi');
    await callApi('PUT', '/filing/draft', {
      token,
      idempotencyKey: 'stored-unknown-scenario-draft',
      body: { version: 0, data: { ...xinqiDraftData, nameCn: '新启电子' } },
    });
    await updateMeta((meta) => ({ ...meta, scenario: 'constructor' }));
    await closeDatabase();
    await database();
    expect((await readMeta()).scenario).toBe('standard');
    const filing = await callApi('GET', '/filing', { token: await tokenFor('xinqi') });
    expect(filing.body.filing.current.data.nameCn).toBe('新启电子');
  });
});
