// domain.md's worked example (F3): valid, 非原产占出厂价 15.00%, 非原产占 FOB 12.50%.
import type { Line, Product, Sheet } from '@/contract/sheet';

export const workedProduct = (overrides: Partial<Product> = {}): Product => ({
  nameCn: '数控机床主轴',
  nameEn: 'CNC spindle',
  model: 'SP-120',
  hsCode: '84669310',
  unit: '件',
  currency: 'USD',
  exFactoryPrice: '100.00',
  fobValue: '120.00',
  hasImported: '是',
  processing: '车削、热处理、磨削、装配',
  ...overrides,
});

export const sheetLine = (key: string, values: Partial<Line>): Line => ({
  key,
  materialName: '合金钢棒',
  materialHs: '72285000',
  origin: '日本',
  unit: '千克',
  unitPrice: '0',
  quantity: '0',
  originValue: '0',
  nonOriginValue: '0',
  ...values,
});

export const workedExample = (): Sheet => ({
  product: workedProduct(),
  lines: [
    sheetLine('a', { unitPrice: '12.5', quantity: '2', originValue: '10', nonOriginValue: '15' }),
    sheetLine('b', {
      materialName: '包装纸箱',
      materialHs: '',
      origin: '浙江省',
      unit: '个',
      unitPrice: '0.1',
      quantity: '3',
      originValue: '0.3',
      nonOriginValue: '0',
    }),
  ],
});
