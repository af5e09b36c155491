// What the conformance suite needs on the backend under test: accounts in each situation, and
// data its writes can use. These are the simulator's demo accounts (mocks/seed); a backend
// team passes its own test accounts with --accounts <file.json> in the same shape.
export const demoAccounts = {
  password: 'demo1234',
  /** 生产型企业, filing approved: may do everything (产品预审 included). */
  producer: 'jinggong',
  /** 贸易型企业, filing approved: the FR gate keeps it out of 产品预审 (403). */
  trader: 'huamao',
  /** No filing yet: its first draft is written at version 0. */
  unfiled: 'xinqi',
  /** An account the suite may lock with five wrong passwords (423). */
  lockable: 'huafeng',
  /** An agency (代录入企业) authorised by at least one enterprise. */
  agency: 'tongguan',
  /** A customs officer. */
  customs: 'haiguan',
  card: { cardId: '8931000000000106', pin: '123456' },
  /** A card the suite may lock with five wrong PINs (423): the lockable account's. */
  lockableCard: '8933030400057504',
  /** A 身份证号码 no authorised person of the producer has. */
  idNumber: '330203199001011236',
  /** The unfiled enterprise's own filing data (its attachments are uploaded by the suite). */
  unfiledFiling: {
    nameCn: '苏州工业园区新启电子科技有限公司',
    nameEn: 'Suzhou Industrial Park Xinqi Electronic Technology Co., Ltd.',
    uscc: '91320594MA25C8TK6U',
    customsCode: '3205960822',
    nature: '中外合资企业',
    enterpriseType: '生产型企业',
    legalRepresentative: '周启明',
    registeredProvince: '320000',
    address: '江苏省苏州市工业园区星湖街 328 号创意产业园 6 幢',
    contactName: '周立新',
    contactPhone: '13912345678',
    customsOfficeCode: '2327',
  },
  /** Another enterprise the producer may authorise as its agency. */
  agencyIdentity: {
    nameCn: '苏州新启报关服务有限公司',
    uscc: '91320594MA25C8TK6U',
    customsCode: '3205960822',
  },
  /** domain.md's worked example: a valid cost sheet. */
  sheet: {
    product: {
      nameCn: '合同测试主轴',
      nameEn: 'Contract spindle',
      model: 'SP-120',
      hsCode: '84669310',
      unit: '件',
      currency: 'USD',
      exFactoryPrice: '100.00',
      fobValue: '120.00',
      hasImported: '是',
      processing: '车削、热处理、磨削、装配',
    },
    lines: [
      {
        key: 'a',
        materialName: '合金钢棒',
        materialHs: '72285000',
        origin: '日本',
        unit: '千克',
        unitPrice: '12.5',
        quantity: '2',
        originValue: '10',
        nonOriginValue: '15',
      },
      {
        key: 'b',
        materialName: '包装纸箱',
        materialHs: '',
        origin: '浙江省',
        unit: '个',
        unitPrice: '0.1',
        quantity: '3',
        originValue: '0.3',
        nonOriginValue: '0',
      },
    ],
  },
  /** What the sheet's 非原产 percentages are (PR7, PR8): domain.md's worked example, 15 / 100 and 15 / 120. */
  sheetPercents: { exFactory: '15.00%', fob: '12.50%' },
};
