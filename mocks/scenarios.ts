// Named demo data sets, chosen with `?scenario=` or in 演示数据管理. Each builds the complete
// contents of the mock database from the demo accounts.
import type { FilingRecord } from '@/contract/filing';
import {
  accountRecordSchema,
  type AccountRecord,
  type CardRecord,
  type EnterpriseRecord,
} from './store/records';
import { DEMO_CARD_PIN, DEMO_PASSWORD, demoAccounts, demoEnterprises } from './seed/demoAccounts';
import { seedAgencies } from './seed/agencies';
import { seedFiles } from './seed/demoFiles';
import { manyPreReviews, manyPreReviewsInBatches } from './seed/manyPreReviews';
import { seedPreReviews, spindleWithDeclaredChange } from './seed/preReviews';
import { seedVerifications } from './seed/verifications';
import { seedFilings, xinqiDraftData } from './seed/filings';
import { seedPersonnel } from './seed/personnel';
import type { SeedData } from './store/schema';
import { officeData, type OfficeVolume } from './seed/office';
import type { Progress } from './seed/progress';
import { sha256Hex } from './domain/auth/hash';

export const DEFAULT_SCENARIO = 'standard';

interface Scenario {
  id: string;
  name: string;
  description: string;
  build: () => Promise<SeedData>;
  /**
   * A scenario too large to write at once (the 海关办公室 volumes): loaded in the background, in
   * batches, with its progress said (store/bulkLoad.ts). `base` is written as any seed is; `volume`
   * is made (told as it goes) and added to it.
   */
  bulk?: { base: () => Promise<SeedData>; volume: (progress: Progress) => Promise<SeedData> };
}

async function baseData(): Promise<
  Required<
    Pick<
      SeedData,
      | 'accounts'
      | 'cards'
      | 'enterprises'
      | 'filings'
      | 'files'
      | 'personnel'
      | 'agencies'
      | 'preReviews'
      | 'verifications'
    >
  >
> {
  const passwordSha256 = await sha256Hex(DEMO_PASSWORD);
  const pinSha256 = await sha256Hex(DEMO_CARD_PIN);
  const accounts: AccountRecord[] = demoAccounts.map((a) =>
    accountRecordSchema.parse({
      id: a.username,
      passwordSha256,
      displayName: a.displayName,
      role: a.role,
      enterpriseId: a.enterpriseId,
      failedLogins: 0,
      lockedUntil: null,
    }),
  );
  const cards: CardRecord[] = demoAccounts.map((a) => ({
    id: a.cardId,
    username: a.username,
    pinSha256,
    failedAttempts: 0,
    lockedAt: null,
  }));
  const enterprises: EnterpriseRecord[] = demoEnterprises.map((e) => ({
    ...e,
    version: 1,
    preReviewsNumbered: 0, // the store numbers the seeded pre-reviews (store/preReviewNumbering.ts)
  }));
  const files = seedFiles();
  return {
    accounts,
    cards,
    enterprises,
    filings: seedFilings(new Date()),
    files,
    personnel: seedPersonnel(),
    agencies: seedAgencies(),
    preReviews: seedPreReviews(new Date()),
    verifications: seedVerifications(new Date(), files),
  };
}

/** The new enterprise's first filing, complete: declared (awaiting customs) or kept as 暂存. */
function xinqiFiling(declared: boolean, at: string): FilingRecord {
  return {
    id: 'filing-ent-xinqi',
    enterpriseId: 'ent-xinqi',
    version: 1,
    updatedAt: at,
    filingNo: null,
    approvedAt: null,
    approved: null,
    current: {
      id: 'fa-xinqi-1',
      kind: 'filing',
      status: declared ? '申报' : '暂存',
      data: xinqiDraftData,
      savedAt: at,
      declaredAt: declared ? at : null,
      decidedAt: null,
      opinion: null,
    },
    history: [],
  };
}

export const LARGE_SCENARIO_SIZE = 10_000;

/**
 * 查询's volumes: the production enterprise's pre-reviews at 100, 10,000 and 100,000, so that a
 * trainer (and the bench) can see a page cost about the same at each. 100,000 are loaded in the
 * background as the office volumes are.
 */
export const listVolumes = {
  'large-100': 100,
  large: LARGE_SCENARIO_SIZE,
  'large-100k': 100_000,
} as const satisfies Record<string, number>;

/** Above this, a volume is loaded in the background, in batches, with its progress said. */
const AT_ONCE_UP_TO = LARGE_SCENARIO_SIZE;

/** The customs office's volumes: the console at 1,000, 10,000 and 100,000 applications. */
export const officeVolumes = {
  'office-1k': { enterprises: 10, applications: 1_000 },
  'office-10k': { enterprises: 100, applications: 10_000 },
  office: { enterprises: 1_000, applications: 100_000 },
} as const satisfies Record<string, OfficeVolume>;

export const scenarios: readonly Scenario[] = [
  {
    id: 'standard',
    name: '标准演示',
    description:
      '生产型企业（备案已通过，含平台上线前的历史记录和各种状态的产品预审）、贸易型企业、未备案的新企业、代录入企业和海关审核人员。',
    build: baseData,
  },
  {
    id: 'filing-review',
    name: '备案待审核',
    description: '在标准演示的基础上，新企业已提交企业备案申请，等待海关审核。',
    build: async () => {
      const base = await baseData();
      return { ...base, filings: [...base.filings, xinqiFiling(true, new Date().toISOString())] };
    },
  },
  {
    id: 'flow-filing',
    name: '演示：企业备案',
    description: '在标准演示的基础上，新企业已填好企业备案申请并暂存，待申报（演示“企业备案 → 海关审核”）。',
    build: async () => {
      const base = await baseData();
      return { ...base, filings: [...base.filings, xinqiFiling(false, new Date().toISOString())] };
    },
  },
  {
    id: 'flow-change-rejected',
    name: '演示：产品预审变更被退回',
    description: '在标准演示的基础上，“数控机床主轴”已申报变更（出厂价和合金钢棒的原产国），等待海关审核。',
    build: async () => {
      const base = await baseData();
      const now = new Date();
      return {
        ...base,
        preReviews: base.preReviews.map((p) =>
          p.id === 'pr-jinggong-spindle' ? spindleWithDeclaredChange(now) : p,
        ),
      };
    },
  },
  ...listScenarios(),
  ...officeScenarios(),
];

function listScenarios(): Scenario[] {
  return Object.entries(listVolumes).map(([id, count]) => {
    const size = count >= 10_000 ? `${count / 10_000}万` : String(count);
    const scenario = {
      id,
      name: `${size}条产品预审`,
      description: `在标准演示的基础上，宁波海曙精工的产品预审换成 ${count.toLocaleString('en-US')} 条（各种状态），用于查询和性能演示${count > AT_ONCE_UP_TO ? '。载入时显示进度' : ''}。`,
      build: async () => ({
        ...(await baseData()),
        preReviews: manyPreReviews(count, 'ent-jinggong', new Date()),
      }),
    };
    if (count <= AT_ONCE_UP_TO) return scenario;
    return {
      ...scenario,
      bulk: {
        base: async () => ({ ...(await baseData()), preReviews: [] }),
        volume: async (progress: Progress) => ({
          preReviews: await manyPreReviewsInBatches(count, 'ent-jinggong', new Date(), progress),
        }),
      },
    };
  });
}

function officeScenarios(): Scenario[] {
  return Object.entries(officeVolumes).map(([id, volume]) => {
    const bulk = {
      base: baseData,
      volume: (progress: Progress) => officeData(volume, new Date(), progress),
    };
    return {
      id,
      name: `海关办公室：${volume.applications.toLocaleString('en-US')} 条申请`,
      description: `在标准演示的基础上，另有 ${volume.enterprises.toLocaleString('en-US')} 家企业的 ${volume.applications.toLocaleString('en-US')} 条申请（企业备案、备案变更、授权人员、产品预审、核查回复，待审核和已审核的各种结果），用于演示海关审核台在一个海关办公室的工作量下的查询、筛选和排序。载入时显示进度。`,
      build: async () => merged(await bulk.base(), await bulk.volume(() => undefined)),
      bulk,
    };
  });
}

/** `base` with `volume`'s records added, store by store. */
export function merged(base: SeedData, volume: SeedData): SeedData {
  const stores = new Set([...Object.keys(base), ...Object.keys(volume)]) as Set<keyof SeedData>;
  return Object.fromEntries(
    [...stores].map((store) => [store, [...(base[store] ?? []), ...(volume[store] ?? [])]]),
  ) as SeedData;
}

/** By id. A Map, so that a name from the URL such as `constructor` is simply unknown. */
const scenariosById = new Map(scenarios.map((scenario) => [scenario.id, scenario]));

export function isScenario(id: string): boolean {
  return scenariosById.has(id);
}

export function scenarioName(id: string): string | undefined {
  return scenariosById.get(id)?.name;
}

/** The scenario's batches, when it is loaded in the background. */
export function bulkScenario(id: string): Scenario['bulk'] {
  return scenariosById.get(id)?.bulk;
}

export async function buildScenario(id: string): Promise<SeedData> {
  const scenario = scenariosById.get(id) ?? scenariosById.get(DEFAULT_SCENARIO);
  if (!scenario) throw new Error('no scenarios defined');
  return scenario.build();
}
