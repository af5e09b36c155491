// The mock database: versioned and migrated, repaired when unreadable, able to hold 10,000
// pre-review records written one by one.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { callApi, tokenFor } from '@/test/callApi';
import { manyPreReviews } from '../seed/manyPreReviews';
import { countRecords, listByEnterprise } from '../store/reads';
import { DB_NAME, deleteDatabase } from '../store/open';
import { readMeta } from '../store/demoData';
import { transact } from '../store/transactions';
import { DATA_VERSION } from '../store/migrations';
import { buildScenario } from '../scenarios';
import { isEnterpriseScoped, recordStores } from '../store/stores';

/**
 * The standard seed as data version 1 stored it: accounts, enterprises and filings only (cards,
 * documents and personnel came later), no version stamps, no documents, the contact phone as `phone`.
 */
async function version1Copy(): Promise<Record<string, unknown[]>> {
  const seed = await buildScenario('standard');
  const renamePhone = ({ contactPhone, attachments: _attachments, ...rest }: Record<string, unknown>) => ({
    ...rest,
    phone: contactPhone,
  });
  return Object.fromEntries(
    (['accounts', 'enterprises', 'filings'] as const).map((store) => [
      store,
      (seed[store] ?? []).map((record) => {
        const { version: _version, updatedAt: _updatedAt, ...rest } = record as Record<string, unknown>;
        if (store !== 'filings') return rest;
        const filing = rest as {
          approved: Record<string, unknown> | null;
          current: { data: Record<string, unknown> };
        };
        return {
          ...filing,
          approved: filing.approved && renamePhone(filing.approved),
          current: { ...filing.current, data: renamePhone(filing.current.data) },
          history: [],
        };
      }),
    ]),
  );
}

/** Writes a database as an older build of the app left it, before the mock service opens it. */
async function writeRawDatabase(meta: unknown, records: Record<string, unknown[]>) {
  await deleteDatabase();
  const db = await openDB(DB_NAME, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('meta', { keyPath: 'key' });
      // Schema version 1: the stores of today but `cards`.
      for (const name of recordStores.filter((store) => store !== 'cards')) {
        const store = upgrading.createObjectStore(name, { keyPath: 'id' });
        if (isEnterpriseScoped(name)) store.createIndex('enterpriseId', 'enterpriseId');
      }
    },
  });
  if (meta !== undefined) await db.put('meta', meta as never);
  for (const [store, rows] of Object.entries(records))
    for (const row of rows) await db.put(store, row as never);
  db.close();
}

const v1Meta = {
  key: 'meta',
  dataVersion: 1,
  scenario: 'standard',
  seededAt: '2021-05-10T00:00:00.000Z',
  notices: [],
};

/** The new enterprise's filing draft as data version 1 stored it: no version stamps, `phone`. */
const v1XinqiDraft = {
  id: 'filing-ent-xinqi',
  enterpriseId: 'ent-xinqi',
  filingNo: null,
  approvedAt: null,
  approved: null,
  current: {
    id: 'app-1',
    kind: 'filing',
    status: '暂存',
    data: {
      nameCn: '用户录入的企业名称',
      nameEn: '',
      uscc: '91320594MA25C8TK6U',
      customsCode: '',
      nature: '',
      enterpriseType: '生产型企业',
      legalRepresentative: '周启明',
      registeredProvince: '320000',
      address: '用户录入的地址',
      contactName: '周立新',
      phone: '13912345678',
      customsOfficeCode: '',
    },
    savedAt: '2021-05-11T08:00:00.000Z',
    declaredAt: null,
    decidedAt: null,
    opinion: null,
  },
  history: [],
};

describe('mock database versions', () => {
  it('migrates data of the previous version, keeping what the user entered, with a notice', async () => {
    const v1 = await version1Copy();
    await writeRawDatabase(v1Meta, { ...v1, filings: [...(v1.filings ?? []), v1XinqiDraft] });

    const token = await tokenFor('xinqi');
    const { body } = await callApi('GET', '/filing', { token });
    expect(body.filing.version).toBe(1);
    expect(body.filing.current.data).toMatchObject({
      nameCn: '用户录入的企业名称',
      address: '用户录入的地址',
      contactPhone: '13912345678',
    });
    expect(body.filing.current.data).not.toHaveProperty('phone');

    // Card media arrived in data version 3: the migration gave the existing accounts their cards.
    const cardLogin = await callApi('POST', '/auth/card-login', {
      body: { cardId: '8933020300018701', pin: '123456' },
    });
    expect(cardLogin.status).toBe(200);

    const approved = await callApi('GET', '/filing', { token: await tokenFor('jinggong') });
    expect(approved.body.filing.approved.contactPhone).toBe('0574-87651234');

    const meta = await readMeta();
    expect(meta.dataVersion).toBe(DATA_VERSION);
    const notices = meta.notices.map((n) => n.message).join();
    expect(notices).toContain(`从第 1 版升级到第 ${DATA_VERSION} 版`);
    expect(notices).not.toContain('无法读取');
  });

  it('replaces an unreadable record from the seed and says how many, keeping the readable ones', async () => {
    const v1 = await version1Copy();
    const corruptAccount = { id: 'jinggong', passwordSha256: 'not-a-hash', role: 'pirate' };
    await writeRawDatabase(v1Meta, {
      ...v1,
      accounts: [
        ...(v1.accounts ?? []).filter((a) => (a as { id: string }).id !== 'jinggong'),
        corruptAccount,
      ],
      filings: [...(v1.filings ?? []), v1XinqiDraft, { id: 'filing-garbage', enterpriseId: 7 }],
    });

    // The corrupt account is restored from the seed, so its owner can still sign in.
    await expect(tokenFor('jinggong')).resolves.toEqual(expect.any(String));
    // The garbage filing had no seed record to restore from: it is gone; the others stay.
    expect(await countRecords('filings')).toBe(4);
    const { body } = await callApi('GET', '/filing', { token: await tokenFor('xinqi') });
    expect(body.filing.current.data.nameCn).toBe('用户录入的企业名称');
    const meta = await readMeta();
    expect(meta.notices.map((n) => n.message).join()).toContain('有 2 条数据无法读取');
  });

  it('reseeds data it cannot read at all, with a notice, instead of failing', async () => {
    await writeRawDatabase(
      { key: 'meta', dataVersion: 'garbage' },
      { filings: [{ nonsense: true, id: 'x' }] },
    );

    const token = await tokenFor('jinggong');
    const { body } = await callApi('GET', '/filing', { token });
    expect(body.filing.filingNo).toBe('3107A19000187');

    const status = await callApi('GET', '/demo/status');
    expect(status.body.notices[0].message).toContain('已损坏或来自不兼容的版本');
    expect(status.body.counts.filings).toBe(3);
  });

  it('reseeds data written by a newer version of the app rather than misreading it', async () => {
    await writeRawDatabase({ ...v1Meta, dataVersion: DATA_VERSION + 1 }, {});
    expect((await readMeta()).notices[0]?.message).toContain('不兼容的版本');
  });
});

describe('mock database capacity', () => {
  it('holds 10,000 pre-review records written one by one and reads one enterprise’s back', async () => {
    // Real pre-reviews: records are validated when read, and anything else would be damaged.
    const records = manyPreReviews(10_000, 'ent-jinggong', new Date()).map((record, i) => ({
      ...record,
      id: `pr-${i}`,
      enterpriseId: i % 2 === 0 ? 'ent-jinggong' : 'ent-other',
    }));
    await transact(['preReviews'], ['preReviews'], async (tx) => {
      const store = tx.objectStore('preReviews');
      await store.clear(); // exactly these, without the standard scenario's
      await Promise.all(records.map((record) => store.put(record)));
    });
    expect(await countRecords('preReviews')).toBe(10_000);
    const own = await listByEnterprise('preReviews', 'ent-jinggong');
    expect(own).toHaveLength(5_000);
    expect(own.every((r) => Number(r.id.slice(3)) % 2 === 0)).toBe(true);
  });
});

describe('pre-review migrations (data versions 6 → 7 → 8 → 10)', () => {
  it('keeps the approved data as the settled snapshot and adds an empty 申请说明', async () => {
    const { migrateRecord } = await import('../store/migrations');
    const { workedExample } = await import('@/test/workedExample');
    const data = workedExample();
    const v6 = {
      id: 'pr-1',
      enterpriseId: 'ent-jinggong',
      version: 2,
      state: '正常',
      applicationStatus: '审核通过',
      data,
      approvedData: data,
    };
    expect(migrateRecord('preReviews', v6, 6)).toEqual({
      id: 'pr-1',
      enterpriseId: 'ent-jinggong',
      version: 2,
      state: '正常',
      applicationStatus: '审核通过',
      data,
      reason: '',
      settled: { state: '正常', applicationStatus: '审核通过', data },
      applications: [], // v6 kept no declaration time, so there is no application to tell of
      removedAt: null,
      number: '', // given by the store once every record is migrated (v10)
    });
  });

  it('turns a v7 record’s stamps into its history: a declared change keeps the data before', async () => {
    const { migrateRecord } = await import('../store/migrations');
    const { workedExample } = await import('@/test/workedExample');
    const settled = workedExample();
    const changed = workedExample();
    changed.product.nameCn = '数控机床主轴（改）';
    const v7 = {
      id: 'pr-2',
      enterpriseId: 'ent-jinggong',
      version: 4,
      state: '变更',
      applicationStatus: '申报',
      data: changed,
      reason: '',
      settled: { state: '正常', applicationStatus: '审核通过', data: settled },
      declaredAt: '2026-11-01T02:00:00.000Z',
      decidedAt: null,
      opinion: null,
    };
    expect(migrateRecord('preReviews', v7, 7)).toMatchObject({
      applications: [
        {
          n: 1,
          kind: '变更',
          status: '申报',
          before: settled,
          after: changed,
          declaredAt: '2026-11-01T02:00:00.000Z',
          decidedAt: null,
        },
      ],
      removedAt: null,
    });
  });
});
