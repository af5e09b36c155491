// The standard scenario's pre-reviews of 宁波海曙精工 (whose filing is approved): one of each kind
// of history a trainer wants to show — approved, changed, cancelled, rejected, and a draft.
import type { PreReviewRecord } from '@/contract/preReview';
import type { Line, Product, Sheet } from '@/contract/sheet';
import { seededPreReview } from './preReviewHistory';

const ENTERPRISE = 'ent-jinggong';
const DAY = 86_400_000;

const product = (values: Partial<Product>): Product => ({
  nameCn: '',
  nameEn: '',
  model: '',
  hsCode: '',
  unit: '件',
  currency: 'USD',
  exFactoryPrice: '',
  fobValue: '',
  hasImported: '是',
  processing: '',
  ...values,
});

const line = (key: string, values: Partial<Line>): Line => ({
  key,
  materialName: '',
  materialHs: '',
  origin: '',
  unit: '千克',
  unitPrice: '0',
  quantity: '0',
  originValue: '0',
  nonOriginValue: '0',
  ...values,
});

/** domain.md's worked example: 非原产占出厂价 15.00%, 非原产占 FOB 12.50%. */
const spindle: Sheet = {
  product: product({
    nameCn: '数控机床主轴',
    nameEn: 'CNC spindle',
    model: 'SP-120',
    hsCode: '84669310',
    exFactoryPrice: '100.00',
    fobValue: '120.00',
    processing: '车削、热处理、磨削、装配',
  }),
  lines: [
    line('a', {
      materialName: '合金钢棒',
      materialHs: '72285000',
      origin: '日本',
      unitPrice: '12.5',
      quantity: '2',
      originValue: '10',
      nonOriginValue: '15',
    }),
    line('b', {
      materialName: '包装纸箱',
      origin: '浙江省',
      unit: '个',
      unitPrice: '0.1',
      quantity: '3',
      originValue: '0.3',
    }),
  ],
};

const cylinder: Sheet = {
  product: product({
    nameCn: '液压油缸',
    nameEn: 'Hydraulic cylinder',
    model: 'HC-63',
    hsCode: '84122100',
    exFactoryPrice: '260.00',
    fobValue: '285.00',
    processing: '下料、机加工、焊接、装配、试压',
  }),
  lines: [
    line('a', {
      materialName: '无缝钢管',
      materialHs: '73043190',
      origin: '韩国',
      unitPrice: '18',
      quantity: '2.5',
      originValue: '0',
      nonOriginValue: '45',
    }),
    line('b', {
      materialName: '活塞杆',
      origin: '浙江省',
      unit: '件',
      unitPrice: '36',
      quantity: '1',
      originValue: '36',
    }),
    line('c', {
      materialName: '密封件',
      materialHs: '40169310',
      origin: '日本',
      unit: '套',
      unitPrice: '12.8',
      quantity: '1',
      nonOriginValue: '12.8',
    }),
  ],
};

/** The change customs approved: the imported seals replaced by domestic ones. */
const cylinderChanged: Sheet = {
  product: { ...cylinder.product, model: 'HC-63A', fobValue: '288.00' },
  lines: [
    cylinder.lines[0] ?? line('a', {}),
    cylinder.lines[1] ?? line('b', {}),
    line('c', {
      materialName: '密封件',
      origin: '江苏省',
      unit: '套',
      unitPrice: '9.6',
      quantity: '1',
      originValue: '9.6',
    }),
  ],
};

const reducer: Sheet = {
  product: product({
    nameCn: '齿轮减速机',
    nameEn: 'Gear reducer',
    model: 'GR-90',
    hsCode: '84834090',
    exFactoryPrice: '520.00',
    fobValue: '560.00',
    processing: '铸造、机加工、滚齿、热处理、装配',
  }),
  lines: [
    line('a', {
      materialName: '铸铁壳体',
      origin: '浙江省',
      unit: '件',
      unitPrice: '120',
      quantity: '1',
      originValue: '120',
    }),
    line('b', {
      materialName: '轴承',
      materialHs: '84821020',
      origin: '德国',
      unit: '套',
      unitPrice: '45.5',
      quantity: '2',
      nonOriginValue: '91',
    }),
  ],
};

const flange: Sheet = {
  product: product({
    nameCn: '不锈钢法兰',
    nameEn: 'Stainless steel flange',
    model: 'DN80',
    hsCode: '73079100',
    exFactoryPrice: '38.00',
    fobValue: '41.50',
    hasImported: '否',
    processing: '锻造、车削、钻孔、抛光',
  }),
  lines: [
    line('a', {
      materialName: '不锈钢锻坯',
      origin: '江苏省',
      unitPrice: '16',
      quantity: '1.2',
      originValue: '19.2',
    }),
  ],
};

const wheel: Sheet = {
  product: product({
    nameCn: '铝合金轮毂',
    nameEn: 'Aluminium alloy wheel',
    model: 'W-17',
    hsCode: '87087095',
    exFactoryPrice: '96.00',
    fobValue: '104.00',
    processing: '低压铸造、热处理、机加工、涂装',
  }),
  lines: [
    line('a', {
      materialName: '铝锭',
      materialHs: '76012000',
      origin: '澳大利亚',
      unitPrice: '2.6',
      quantity: '12',
      nonOriginValue: '31.2',
    }),
  ],
};

export function seedPreReviews(now: Date): PreReviewRecord[] {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const start = (id: string, data: Sheet, days: number) => ({
    id,
    enterpriseId: ENTERPRISE,
    data,
    createdAt: daysAgo(days),
  });
  return [
    seededPreReview(start('pr-jinggong-spindle', spindle, 60), [{ do: 'declare' }, { do: 'approve' }]),
    seededPreReview(start('pr-jinggong-cylinder', cylinder, 45), [
      { do: 'declare' },
      { do: 'approve' },
      { do: 'change' },
      { do: 'declare', data: cylinderChanged },
      { do: 'approve', opinion: '同意变更，密封件改为国产' },
    ]),
    seededPreReview(start('pr-jinggong-reducer', reducer, 30), [
      { do: 'declare' },
      { do: 'approve' },
      { do: 'cancel', reason: '该型号已停产' },
      { do: 'declare' },
      { do: 'approve' },
    ]),
    seededPreReview(start('pr-jinggong-wheel', wheel, 10), [
      { do: 'declare' },
      { do: 'reject', opinion: '铝锭的原产国与采购发票不一致，请核实后重新申报' },
    ]),
    seededPreReview(start('pr-jinggong-flange', flange, 2), []),
  ];
}

/**
 * 数控机床主轴 approved two months ago, then a change declared (a cheaper Korean alloy steel, a new
 * 出厂价) awaiting customs: the guided flow in which customs rejects a change and the record
 * reads as before it (ST1).
 */
export function spindleWithDeclaredChange(now: Date): PreReviewRecord {
  const changed: Sheet = {
    product: { ...spindle.product, exFactoryPrice: '96.00' },
    lines: spindle.lines.map((l) =>
      l.key === 'a' ? { ...l, origin: '韩国', unitPrice: '11', nonOriginValue: '12' } : l,
    ),
  };
  return seededPreReview(
    {
      id: 'pr-jinggong-spindle',
      enterpriseId: ENTERPRISE,
      data: spindle,
      createdAt: new Date(now.getTime() - 60 * DAY),
    },
    [{ do: 'declare' }, { do: 'approve' }, { do: 'change' }, { do: 'declare', data: changed }],
  );
}
