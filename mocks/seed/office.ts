// A customs office's volume (the 海关办公室 scenarios): `enterprises` production and trading
// enterprises beside the standard demo's, with exactly `applications` declared applications of
// every kind and state — 企业备案 and 备案变更, 授权人员, 核查回复, and 产品预审 新增, 变更, 注销,
// 恢复 and 删除 — pending, approved, rejected and withdrawn. Deterministic: a seeded generator, so
// the same volume is the same data every time, its dates counted back from the day it is loaded.
// Pending applications are recent (the last three weeks), decided ones spread over two years.
import type { FilingApplication, FilingData, FilingRecord } from '@/contract/filing';
import type { PersonRecord } from '@/contract/personnel';
import type { PreReviewRecord } from '@/contract/preReview';
import type { Sheet } from '@/contract/sheet';
import type { DocumentKey, VerificationRecord, VerificationResponse } from '@/contract/verification';
import { beijingDate } from '@/values/beijingDate';
import { customsOfficeName, customsOfficesForProvince } from '@/values/customsOffices';
import type { FileRef } from '@/values/files';
import { idCardCheckChar } from '@/values/idCard';
import { onePagePdf } from '@/domain/onePagePdf';
import { usccCheckChar } from '@/values/uscc';
import { filingNumberFor } from '../domain/filing/filingWrites';
import { preReviewNumber } from '../domain/preReview/numbering';
import type { EnterpriseRecord, FileRecord } from '../store/records';
import type { SeedData } from '../store/schema';
import { SEED_OFFICER } from './demoAccounts';
import { sheetFor } from './manyPreReviews';
import { seededPreReview, type SeedStep } from './preReviewHistory';
import { breathe, type Progress } from './progress';

export interface OfficeVolume {
  enterprises: number;
  applications: number;
}

const DAY = 86_400_000;

/** mulberry32: a small, fast generator with a 32-bit state; the same seed, the same sequence. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    below: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
type Random = ReturnType<typeof generator>;

// Where the enterprises are: a city, its 行政区划代码 and province.
const cities = [
  { name: '宁波', region: '330200', province: '330000' },
  { name: '温州', region: '330300', province: '330000' },
  { name: '杭州', region: '330100', province: '330000' },
  { name: '苏州', region: '320500', province: '320000' },
  { name: '无锡', region: '320200', province: '320000' },
  { name: '南京', region: '320100', province: '320000' },
  { name: '上海', region: '310115', province: '310000' },
  { name: '厦门', region: '350200', province: '350000' },
  { name: '泉州', region: '350500', province: '350000' },
  { name: '青岛', region: '370200', province: '370000' },
  { name: '东莞', region: '441900', province: '440000' },
  { name: '佛山', region: '440600', province: '440000' },
  { name: '天津', region: '120116', province: '120000' },
  { name: '合肥', region: '340100', province: '340000' },
  { name: '武汉', region: '420100', province: '420000' },
  { name: '成都', region: '510100', province: '510000' },
] as const;
const words = [
  '恒达',
  '华盛',
  '永兴',
  '金源',
  '瑞丰',
  '宏图',
  '东方',
  '新世纪',
  '天成',
  '博远',
  '精诚',
  '隆鑫',
  '汇通',
  '盛泰',
  '明辉',
  '广顺',
  '德润',
  '嘉禾',
  '联创',
  '鼎新',
  '富源',
  '正泰',
  '信达',
  '安泰',
  '中联',
];
const trades = [
  { name: '机械制造', en: 'Machinery' },
  { name: '电子科技', en: 'Electronic Technology' },
  { name: '精密五金', en: 'Precision Hardware' },
  { name: '汽车零部件', en: 'Auto Parts' },
  { name: '液压设备', en: 'Hydraulic Equipment' },
  { name: '阀门', en: 'Valve' },
  { name: '泵业', en: 'Pump' },
  { name: '轴承', en: 'Bearing' },
  { name: '电机', en: 'Electric Motor' },
  { name: '工具', en: 'Tools' },
] as const;
const pinyin: Record<string, string> = {
  宁波: 'Ningbo',
  温州: 'Wenzhou',
  杭州: 'Hangzhou',
  苏州: 'Suzhou',
  无锡: 'Wuxi',
  南京: 'Nanjing',
  上海: 'Shanghai',
  厦门: 'Xiamen',
  泉州: 'Quanzhou',
  青岛: 'Qingdao',
  东莞: 'Dongguan',
  佛山: 'Foshan',
  天津: 'Tianjin',
  合肥: 'Hefei',
  武汉: 'Wuhan',
  成都: 'Chengdu',
};
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡'];
const givenNames = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '涛',
  '明',
  '超',
  '丽',
];

const USCC_SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

interface Firm {
  record: EnterpriseRecord;
  data: FilingData;
  production: boolean;
  files: { filing: [FileRef, FileRef]; personnel: [FileRef, FileRef]; verification: FileRef[] };
}

/** The enterprise `i`: a unique name and codes, valid 统一社会信用代码 included. */
function firmAt(i: number, random: Random, files: FileRecord[]): Firm {
  const city = cities[i % cities.length] ?? cities[0];
  const word = words[Math.floor(i / cities.length) % words.length] ?? '';
  const trade = trades[Math.floor(i / (cities.length * words.length)) % trades.length] ?? trades[0];
  const production = i % 10 !== 9; // one in ten trades only
  const id = `ent-office-${String(i + 1).padStart(4, '0')}`;
  const nameCn = `${city.name}${word}${production ? trade.name : '进出口'}有限公司`;
  const org = `MA${Array.from({ length: 7 }, (_, k) => USCC_SYMBOLS.charAt((i * 7 + k * 13 + k * i) % 31)).join('')}`;
  const first17 = `91${city.region}${org}`;
  const uscc = `${first17}${usccCheckChar(first17) ?? '0'}`;
  const customsCode = `${city.region.slice(0, 4)}96${String(1000 + i).slice(-4)}`;
  const office = random.pick(customsOfficesForProvince(city.province));
  const file = (purpose: string, name: string, title: string): FileRef => {
    const bytes = onePagePdf([title, 'DEMO DOCUMENT - Origin Portal (simulated)']);
    const record: FileRecord = {
      // A UUID, as the service gives every upload: the enterprise's number and the file's.
      id: `0ff1ce00-${(i + 1).toString(16).padStart(4, '0')}-4000-8000-${files.length.toString(16).padStart(12, '0')}`,
      enterpriseId: id,
      version: 1,
      purpose,
      name,
      type: 'application/pdf',
      size: bytes.length,
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      uploadedAt: '2024-01-02T09:00:00+08:00',
      uploadedBy: 'seed',
    };
    files.push(record);
    return { id: record.id, name, size: record.size, type: record.type };
  };
  const short = `${city.name}${word}`;
  const data: FilingData = {
    nameCn,
    nameEn:
      `${pinyin[city.name] ?? 'China'} No.${(i % 97) + 1} ${production ? trade.en : 'Import & Export'} Co., Ltd.`.replace(
        /\s+/g,
        ' ',
      ),
    uscc,
    customsCode,
    nature: '私营企业',
    enterpriseType: production ? '生产型企业' : '贸易型企业',
    legalRepresentative: `${random.pick(surnames)}${random.pick(givenNames)}${random.pick(givenNames)}`,
    registeredProvince: city.province,
    address: `${city.name}市经济技术开发区${word}路 ${(i % 300) + 1} 号`,
    contactName: `${random.pick(surnames)}${random.pick(givenNames)}`,
    contactPhone: `139${String(10_000_000 + ((i * 7919) % 89_999_999)).padStart(8, '0')}`,
    customsOfficeCode: office?.code ?? '3107',
    attachments: {
      businessLicense: file('filing', `营业执照（${short}）.pdf`, `Business licence - ${id}`),
      tradeRegistration: file(
        'filing',
        `对外贸易经营者备案登记表（${short}）.pdf`,
        `Trade registration - ${id}`,
      ),
    },
  };
  return {
    record: { id, nameCn, uscc, kind: 'exporter', version: 1, preReviewsNumbered: 0 },
    data,
    production,
    files: {
      filing: [data.attachments.businessLicense as FileRef, data.attachments.tradeRegistration as FileRef],
      personnel: [
        file('personnel', `授权委托书（${short}）.pdf`, `Power of attorney - ${id}`),
        file('personnel', `身份证（${short}）.pdf`, `Identity card copy - ${id}`),
      ],
      verification: [
        file('verification', `生产工艺流程说明（${short}）.pdf`, `Process flow - ${id}`),
        file('verification', `原材料采购凭证清单（${short}）.pdf`, `Purchase list - ${id}`),
      ],
    },
  };
}

/** Counts applications as they are made, and says when `total` is reached. */
class Tally {
  made = 0;
  constructor(
    readonly total: number,
    private readonly progress: Progress | undefined,
  ) {}
  get left() {
    return this.total - this.made;
  }
  add(n: number) {
    this.made += n;
    if (this.made % 500 < n) this.progress?.(this.made, this.total);
  }
}

/** A point in time `daysAgo` days before `now` (fractional days allowed). */
const ago = (now: Date, daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);

interface Dated {
  declared: string;
  decided: string | null;
}

function filingApplication(
  id: string,
  kind: FilingApplication['kind'],
  status: FilingApplication['status'],
  data: FilingData,
  at: Dated,
): FilingApplication {
  const decided = status === '审核通过' || status === '审核不通过';
  return {
    id,
    kind,
    status,
    data,
    savedAt: at.declared,
    declaredAt: at.declared,
    decidedAt: decided ? at.decided : null,
    decidedBy: decided ? SEED_OFFICER : null,
    opinion:
      status === '审核通过'
        ? '资料齐全，审核通过'
        : status === '审核不通过'
          ? '营业执照复印件不清晰，请重新上传'
          : null,
  };
}

/**
 * The enterprise's filing: approved long ago (and then perhaps a change in any state), or its
 * first filing still pending or refused. Returns the record and whether it is approved.
 */
function filingOf(firm: Firm, random: Random, now: Date, tally: Tally): FilingRecord {
  const { id } = firm.record;
  const roll = random.next();
  const firstAt = ago(now, 200 + random.below(500));
  const decidedAt = new Date(firstAt.getTime() + (1 + random.below(4)) * DAY).toISOString();
  const base = { id: `filing-${id}`, enterpriseId: id, version: 2, updatedAt: decidedAt, history: [] };
  if (roll < 0.04 || tally.left < 4) {
    const pendingAt = ago(now, random.next() * 20).toISOString();
    tally.add(1);
    return {
      ...base,
      updatedAt: pendingAt,
      filingNo: null,
      approvedAt: null,
      approved: null,
      current: filingApplication(`fa-${id}-1`, 'filing', '申报', firm.data, {
        declared: pendingAt,
        decided: null,
      }),
    };
  }
  if (roll < 0.07) {
    tally.add(1);
    return {
      ...base,
      filingNo: null,
      approvedAt: null,
      approved: null,
      current: filingApplication(`fa-${id}-1`, 'filing', '审核不通过', firm.data, {
        declared: firstAt.toISOString(),
        decided: decidedAt,
      }),
    };
  }
  const first = filingApplication(`fa-${id}-1`, 'filing', '审核通过', firm.data, {
    declared: firstAt.toISOString(),
    decided: decidedAt,
  });
  const approved = {
    ...base,
    filingNo: filingNumberFor(firm.data, decidedAt),
    approvedAt: decidedAt,
    approved: firm.data,
  };
  tally.add(1);
  const change = random.next();
  if (change > 0.35 || tally.left < 50) return { ...approved, current: first };
  const status: FilingApplication['status'] =
    change < 0.1 ? '申报' : change < 0.22 ? '审核通过' : change < 0.3 ? '审核不通过' : '已撤回';
  const changedAt = status === '申报' ? ago(now, random.next() * 20) : ago(now, 10 + random.below(180));
  const changed = {
    ...firm.data,
    contactPhone: `0${firm.data.customsCode.slice(0, 3)}-8${String(1_000_000 + random.below(8_999_999))}`,
  };
  const decidedChange = new Date(changedAt.getTime() + (1 + random.below(3)) * DAY).toISOString();
  tally.add(1);
  return {
    ...approved,
    version: 3,
    updatedAt: status === '申报' ? changedAt.toISOString() : decidedChange,
    approved: status === '审核通过' ? changed : firm.data,
    current: filingApplication(`fa-${id}-2`, 'change', status, changed, {
      declared: changedAt.toISOString(),
      decided: decidedChange,
    }),
    history: [first],
  };
}

/** Three 授权人员: approved, then one pending and one refused now and then. */
function personnelOf(firm: Firm, random: Random, now: Date, tally: Tally): PersonRecord[] {
  const { id } = firm.record;
  const statuses: PersonRecord['status'][] = [
    '审核通过',
    random.next() < 0.3 ? '申报' : '审核通过',
    random.next() < 0.2 ? '审核不通过' : '审核通过',
  ];
  return statuses.slice(0, Math.max(0, Math.min(3, tally.left - 10))).map((status, k) => {
    const declared = (
      status === '申报' ? ago(now, random.next() * 20) : ago(now, 30 + random.below(600))
    ).toISOString();
    const decided = status === '申报' ? null : new Date(new Date(declared).getTime() + DAY).toISOString();
    const first17 = `${firm.data.uscc.slice(2, 8)}19${String(70 + random.below(30))}${String(1 + random.below(12)).padStart(2, '0')}${String(1 + random.below(28)).padStart(2, '0')}${String(100 + random.below(900))}`;
    tally.add(1);
    return {
      id: `person-${id}-${k + 1}`,
      enterpriseId: id,
      version: 2,
      status,
      active: status === '审核通过',
      data: {
        name: `${random.pick(surnames)}${random.pick(givenNames)}${random.pick(givenNames)}`,
        idNumber: `${first17}${idCardCheckChar(first17) ?? '0'}`,
        mobile: `13${String(100_000_000 + random.below(899_999_999))}`,
        powerOfAttorney: firm.files.personnel[0],
        idCardCopy: firm.files.personnel[1],
      },
      updatedAt: decided ?? declared,
      declaredAt: declared,
      decidedAt: decided,
      decidedBy: decided ? SEED_OFFICER : null,
      opinion:
        status === '审核通过' ? '授权人员审核通过' : status === '审核不通过' ? '授权委托书未加盖公章' : null,
    };
  });
}

type End = 'pending' | 'approved' | { refused: string };
/** Declared (a change with `data`), then left waiting, approved or refused. */
const declared = (end: End, data?: Sheet): SeedStep[] => [
  data ? { do: 'declare', data } : { do: 'declare' },
  ...(end === 'pending'
    ? []
    : end === 'approved'
      ? [{ do: 'approve' } as const]
      : [{ do: 'reject', opinion: end.refused } as const]),
];
const approved = declared('approved');
const cancelled: SeedStep[] = [
  ...approved,
  { do: 'cancel', reason: '该型号已停产' },
  ...declared('approved'),
];
/** What a change declares: another model and a higher ex-factory price (still under FOB). */
const changed = (sheet: Sheet): Sheet => ({
  ...sheet,
  product: {
    ...sheet.product,
    model: `${sheet.product.model}-B`,
    exFactoryPrice: `${Number.parseInt(sheet.product.exFactoryPrice, 10) + 5}.00`,
  },
});

/**
 * How a pre-review got where it is, by weight: most approved, and every other pair a record can be
 * in, each ending waiting, approved or refused. The waiting ones are made recent.
 */
const paths: [(sheet: Sheet) => SeedStep[], number][] = [
  [() => approved, 30],
  [() => declared('pending'), 8],
  [() => declared({ refused: '原材料采购凭证不全' }), 6],
  [(sheet) => [...approved, { do: 'change' }, ...declared('approved', changed(sheet))], 10],
  [(sheet) => [...approved, { do: 'change' }, ...declared('pending', changed(sheet))], 4],
  [
    (sheet) => [
      ...approved,
      { do: 'change' },
      ...declared({ refused: '变更后的出厂价与成本明细不符' }, changed(sheet)),
    ],
    3,
  ],
  [() => cancelled, 5],
  [() => [...approved, { do: 'cancel', reason: '该型号已停产' }, ...declared('pending')], 2],
  [
    () => [
      ...approved,
      { do: 'cancel', reason: '该型号已停产' },
      ...declared({ refused: '该型号仍在出口，不予注销' }),
    ],
    1,
  ],
  [() => [...cancelled, { do: 'restore', reason: '恢复生产' }, ...declared('pending')], 1],
  [() => [...cancelled, { do: 'restore', reason: '恢复生产' }, ...declared('approved')], 2],
  [
    () => [
      ...cancelled,
      { do: 'restore', reason: '恢复生产' },
      ...declared({ refused: '恢复生产的证明材料不足' }),
    ],
    1,
  ],
  [() => [...approved, { do: 'delete', reason: '产品不再出口' }, ...declared('pending')], 1],
  [() => [...approved, { do: 'delete', reason: '产品不再出口' }, ...declared('approved')], 2],
  [
    () => [
      ...approved,
      { do: 'delete', reason: '产品不再出口' },
      ...declared({ refused: '该产品仍有有效的原产地证书' }),
    ],
    1,
  ],
];
const totalWeight = paths.reduce((sum, [, weight]) => sum + weight, 0);

/** A path's steps for `sheet`, how many applications they declare, and whether the last waits. */
function history(path: (sheet: Sheet) => SeedStep[], sheet: Sheet) {
  const steps = path(sheet);
  return {
    steps,
    applications: steps.filter((step) => step.do === 'declare').length,
    pending: steps.at(-1)?.do === 'declare',
  };
}

/** A path by weight for `sheet`, one that declares no more than `left` applications. */
function pickHistory(random: Random, left: number, sheet: Sheet) {
  let roll = random.below(totalWeight);
  for (const [path, weight] of paths) {
    roll -= weight;
    if (roll < 0) {
      const picked = history(path, sheet);
      return picked.applications <= left ? picked : history(() => approved, sheet);
    }
  }
  return history(() => approved, sheet);
}

/** A verification about one of the enterprise's products, with its responses (none, one, two). */
function verificationOf(
  firm: Firm,
  record: PreReviewRecord,
  n: number,
  random: Random,
  now: Date,
  tally: Tally,
): VerificationRecord {
  const { id } = firm.record;
  const shape = random.next();
  // Each shape is issued long enough ago for its responses and decisions to be in the past.
  const kind: 'waiting' | 'replied' | 'returned' | 'repliedAgain' | 'completed' =
    shape < 0.25 || tally.left < 2
      ? 'waiting'
      : shape < 0.45
        ? 'replied'
        : shape < 0.55
          ? 'returned'
          : shape < 0.65
            ? 'repliedAgain'
            : 'completed';
  const daysBack = { waiting: 0, replied: 3, returned: 5, repliedAgain: 7, completed: 6 }[kind];
  const issued = ago(
    now,
    daysBack + (kind === 'returned' || kind === 'completed' ? random.below(500) : random.next() * 20),
  );
  const at = (days: number) => new Date(issued.getTime() + days * DAY).toISOString();
  const required: DocumentKey[] = ['processFlow', 'purchaseList'];
  const response = (
    k: number,
    submitted: string,
    outcome: VerificationResponse['outcome'],
  ): VerificationResponse => ({
    n: k,
    reply: k === 1 ? '附生产工艺流程说明和原材料采购凭证清单。' : '已按退回原因补充采购凭证。',
    attachments: required.map((document, d) => ({ document, file: firm.files.verification[d] as FileRef })),
    submittedAt: submitted,
    submittedBy: 'seed',
    outcome,
  });
  const returned = {
    kind: 'returned' as const,
    reason: '采购凭证不全，请补充发票',
    at: at(4),
    by: SEED_OFFICER,
  };
  const { state, responses } = {
    waiting: { state: '待核查' as const, responses: [] },
    replied: { state: '已回复' as const, responses: [response(1, at(2), null)] },
    returned: { state: '退回核查' as const, responses: [response(1, at(2), returned)] },
    repliedAgain: {
      state: '已回复' as const,
      responses: [response(1, at(2), returned), response(2, at(6), null)],
    },
    completed: {
      state: '核查完成' as const,
      responses: [
        response(1, at(2), { kind: 'completed', opinion: '资料齐全，核查完成', at: at(5), by: SEED_OFFICER }),
      ],
    },
  }[kind];
  tally.add(responses.length);
  const last = responses.at(-1);
  return {
    id: `vr-${id}-${n}`,
    enterpriseId: id,
    version: 1 + responses.length * 2,
    number: `HC${beijingDate(issued.toISOString()).replaceAll('-', '')}${String(n).padStart(4, '0')}`,
    subject: {
      kind: 'preReview',
      preReviewId: record.id,
      productName: record.data.product.nameCn,
      hsCode: record.data.product.hsCode,
    },
    requirement: '请说明主要原材料的采购来源和产品的主要加工工序，并提供相应的凭证。',
    requiredDocuments: required,
    deadline: beijingDate(at(15)),
    customsOffice: customsOfficeName(firm.data.customsOfficeCode) ?? '宁波海关',
    issuedAt: issued.toISOString(),
    issuedBy: 'haiguan',
    state,
    responses,
    updatedAt: last?.outcome?.at ?? last?.submittedAt ?? issued.toISOString(),
  };
}

/**
 * The volume's records, beside the standard demo's. Every approved production enterprise gets
 * its personnel, two verifications and pre-reviews in turn until `applications` are made.
 */
export async function officeData(volume: OfficeVolume, now: Date, progress?: Progress): Promise<SeedData> {
  const random = generator(20_261_206 + volume.applications);
  const tally = new Tally(volume.applications, progress);
  const files: FileRecord[] = [];
  const firms = Array.from({ length: volume.enterprises }, (_, i) => firmAt(i, random, files));
  const filings = firms.map((firm) => filingOf(firm, random, now, tally));
  const active = firms.filter((_, i) => filings[i]?.approved);
  const personnel = active.flatMap((firm) => personnelOf(firm, random, now, tally));
  const preReviews: PreReviewRecord[] = [];
  const verifications: VerificationRecord[] = [];
  const makers = active.filter((firm) => firm.production);
  const filingNo = new Map(filings.map((f) => [f.enterpriseId, f.filingNo]));
  let product = 0;
  // Round by round, one product per enterprise, so that each has about as many.
  while (tally.left > 0 && makers.length > 0) {
    for (const firm of makers) {
      if (tally.left <= 0) break;
      const sheet = sheetFor(product);
      const path = pickHistory(random, tally.left, sheet);
      const created = path.pending ? ago(now, 1 + random.next() * 20) : ago(now, 25 + random.below(700));
      const record = seededPreReview(
        {
          id: `pr-${firm.record.id}-${product}`,
          enterpriseId: firm.record.id,
          data: sheet,
          createdAt: created,
        },
        path.steps,
      );
      firm.record.preReviewsNumbered += 1;
      preReviews.push({
        ...record,
        number: preReviewNumber(filingNo.get(firm.record.id) ?? null, firm.record.preReviewsNumbered),
      });
      tally.add(path.applications);
      product += 1;
      // Two verifications per enterprise, about its first products.
      const mine = firm.record.preReviewsNumbered;
      if ((mine === 1 || mine === 2) && tally.left > 2) {
        verifications.push(verificationOf(firm, record, mine, random, now, tally));
      }
      if (product % 200 === 0) await breathe();
    }
  }
  progress?.(tally.made, tally.total);
  return {
    enterprises: firms.map((firm) => firm.record),
    filings,
    personnel,
    preReviews,
    verifications,
    files,
  };
}
