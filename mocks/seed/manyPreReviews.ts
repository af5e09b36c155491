// The 查询 volumes' pre-reviews of the production enterprise (`large`: 10,000; `large-100`,
// `large-100k`): deterministic, varied in names, HS codes, states and dates, each a valid,
// balanced cost sheet.
import type { PreReviewRecord } from '@/contract/preReview';
import type { Sheet } from '@/contract/sheet';
import { seededPreReview, type SeedStep } from './preReviewHistory';
import { breathe, type Progress } from './progress';

const products = [
  '数控机床主轴',
  '液压油缸',
  '齿轮减速机',
  '不锈钢法兰',
  '电动工具外壳',
  '轴承座',
  '汽车刹车盘',
  '铝合金轮毂',
  '水泵叶轮',
  '阀门阀体',
];
const hsCodes = [
  '84669310',
  '84122100',
  '84834090',
  '73079100',
  '84679900',
  '84833000',
  '87083010',
  '87087095',
  '84139100',
  '84819090',
];
const renamed = (sheet: Sheet): Sheet => ({
  ...sheet,
  product: { ...sheet.product, model: `${sheet.product.model}-B` },
});

/** How each record got where it is (cycling): mostly approved, and every other reachable kind. */
const histories: ((sheet: Sheet) => SeedStep[])[] = [
  () => [{ do: 'declare' }, { do: 'approve' }],
  () => [{ do: 'declare' }, { do: 'approve' }],
  () => [{ do: 'declare' }, { do: 'approve' }],
  () => [],
  () => [{ do: 'declare' }],
  (sheet) => [
    { do: 'declare' },
    { do: 'approve' },
    { do: 'change' },
    { do: 'declare', data: renamed(sheet) },
    { do: 'approve' },
  ],
  () => [
    { do: 'declare' },
    { do: 'approve' },
    { do: 'cancel', reason: '该型号已停产' },
    { do: 'declare' },
    { do: 'approve' },
  ],
  () => [{ do: 'declare' }, { do: 'reject', opinion: '原材料采购凭证不全' }],
];

/** Product `i`'s cost sheet: a name, an HS code and two balanced lines, varied by `i`. */
export function sheetFor(i: number): Sheet {
  const price = 80 + (i % 50);
  const nonOrigin = (i % 7) * 2;
  return {
    product: {
      nameCn: `${products[i % products.length]} ${String(i + 1).padStart(5, '0')}`,
      nameEn: `Product ${i + 1}`,
      model: `M-${(i % 97) + 1}`,
      hsCode: hsCodes[i % hsCodes.length] ?? '84669310',
      unit: '件',
      currency: 'USD',
      exFactoryPrice: `${price}.00`,
      fobValue: `${price + 10}.00`,
      hasImported: nonOrigin > 0 ? '是' : '否',
      processing: '下料、机加工、热处理、装配、检验',
    },
    lines: [
      {
        key: 'a',
        materialName: '合金钢棒',
        materialHs: '72285000',
        origin: '日本',
        unit: '千克',
        unitPrice: '2',
        quantity: String(nonOrigin / 2 || 1),
        originValue: nonOrigin > 0 ? '0' : '2',
        nonOriginValue: String(nonOrigin),
      },
      {
        key: 'b',
        materialName: '包装纸箱',
        materialHs: '',
        origin: '浙江省',
        unit: '个',
        unitPrice: '1.5',
        quantity: '2',
        originValue: '3',
        nonOriginValue: '0',
      },
    ],
  };
}

/** Up to 10,000 records, one every 12 hours back from `now`; more, in the same span. */
const SPAN_MS = 10_000 * 12 * 3_600_000;

/** Record `i` of `count`. */
function preReviewAt(i: number, count: number, enterpriseId: string, now: Date): PreReviewRecord {
  const data = sheetFor(i);
  const history = histories[i % histories.length] ?? (() => []);
  const step = Math.min(12 * 3_600_000, SPAN_MS / count);
  return seededPreReview(
    {
      id: `pr-large-${i + 1}`,
      enterpriseId,
      data,
      createdAt: new Date(now.getTime() - (count - i) * step),
    },
    history(data),
  );
}

export function manyPreReviews(count: number, enterpriseId: string, now: Date): PreReviewRecord[] {
  return Array.from({ length: count }, (_, i) => preReviewAt(i, count, enterpriseId, now));
}

/** As manyPreReviews, made a thousand at a time with the page let breathe between, told as it goes. */
export async function manyPreReviewsInBatches(
  count: number,
  enterpriseId: string,
  now: Date,
  progress: Progress,
): Promise<PreReviewRecord[]> {
  const made: PreReviewRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    made.push(preReviewAt(i, count, enterpriseId, now));
    if ((i + 1) % 1_000 === 0) {
      progress(i + 1, count);
      await breathe();
    }
  }
  progress(count, count);
  return made;
}
