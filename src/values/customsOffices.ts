// 备案海关: the directly-subordinate customs districts (直属海关) and a selection of their
// subordinate offices (隶属海关), with the provinces each serves. An enterprise files with the
// customs office of the place where its business is registered (工商备案地所在地的海关).

export interface CustomsOffice {
  code: string;
  name: string;
}

export interface CustomsDistrict extends CustomsOffice {
  /** Province codes (see regions.ts) whose enterprises this district serves. */
  provinces: readonly string[];
  subordinates: readonly CustomsOffice[];
}

export const customsDistricts: readonly CustomsDistrict[] = [
  {
    code: '0100',
    name: '北京海关',
    provinces: ['110000'],
    subordinates: [
      { code: '0101', name: '北京关税处' },
      { code: '0108', name: '北京亦庄海关' },
      { code: '0110', name: '北京首都机场海关' },
    ],
  },
  {
    code: '0200',
    name: '天津海关',
    provinces: ['120000'],
    subordinates: [
      { code: '0201', name: '天津新港海关' },
      { code: '0205', name: '天津经济技术开发区海关' },
    ],
  },
  {
    code: '0400',
    name: '石家庄海关',
    provinces: ['130000'],
    subordinates: [
      { code: '0401', name: '石家庄海关本部' },
      { code: '0403', name: '唐山海关' },
      { code: '0404', name: '秦皇岛海关' },
    ],
  },
  {
    code: '0500',
    name: '太原海关',
    provinces: ['140000'],
    subordinates: [
      { code: '0501', name: '太原武宿海关' },
      { code: '0502', name: '大同海关' },
    ],
  },
  {
    code: '0600',
    name: '满洲里海关',
    provinces: ['150000'],
    subordinates: [
      { code: '0601', name: '满洲里十八里海关' },
      { code: '0602', name: '海拉尔海关' },
    ],
  },
  {
    code: '0700',
    name: '呼和浩特海关',
    provinces: ['150000'],
    subordinates: [
      { code: '0701', name: '呼和浩特海关本部' },
      { code: '0702', name: '包头海关' },
      { code: '0703', name: '二连海关' },
    ],
  },
  {
    code: '0800',
    name: '沈阳海关',
    provinces: ['210000'],
    subordinates: [
      { code: '0801', name: '沈阳海关本部' },
      { code: '0802', name: '鞍山海关' },
      { code: '0803', name: '丹东海关' },
    ],
  },
  {
    code: '0900',
    name: '大连海关',
    provinces: ['210000'],
    subordinates: [
      { code: '0901', name: '大连港湾海关' },
      { code: '0908', name: '大连经济技术开发区海关' },
    ],
  },
  {
    code: '1500',
    name: '长春海关',
    provinces: ['220000'],
    subordinates: [
      { code: '1501', name: '长春海关本部' },
      { code: '1502', name: '吉林海关' },
    ],
  },
  {
    code: '1900',
    name: '哈尔滨海关',
    provinces: ['230000'],
    subordinates: [
      { code: '1901', name: '哈尔滨海关本部' },
      { code: '1903', name: '绥芬河海关' },
    ],
  },
  {
    code: '2200',
    name: '上海海关',
    provinces: ['310000'],
    subordinates: [
      { code: '2201', name: '浦江海关' },
      { code: '2202', name: '吴淞海关' },
      { code: '2216', name: '外高桥港区海关' },
      { code: '2248', name: '洋山海关' },
      { code: '2233', name: '浦东海关' },
    ],
  },
  {
    code: '2300',
    name: '南京海关',
    provinces: ['320000'],
    subordinates: [
      { code: '2301', name: '金陵海关' },
      { code: '2305', name: '苏州海关' },
      { code: '2327', name: '苏州工业园区海关' },
      { code: '2302', name: '无锡海关' },
      { code: '2304', name: '南通海关' },
    ],
  },
  {
    code: '2900',
    name: '杭州海关',
    provinces: ['330000'],
    subordinates: [
      { code: '2901', name: '钱江海关' },
      { code: '2903', name: '温州海关' },
      { code: '2904', name: '绍兴海关' },
      { code: '2905', name: '湖州海关' },
      { code: '2908', name: '义乌海关' },
    ],
  },
  {
    code: '3100',
    name: '宁波海关',
    provinces: ['330000'],
    subordinates: [
      { code: '3101', name: '宁波海关本部' },
      { code: '3104', name: '北仑海关' },
      { code: '3105', name: '镇海海关' },
      { code: '3107', name: '海曙海关' },
      { code: '3110', name: '慈溪海关' },
    ],
  },
  {
    code: '3300',
    name: '合肥海关',
    provinces: ['340000'],
    subordinates: [
      { code: '3301', name: '合肥海关本部' },
      { code: '3302', name: '芜湖海关' },
    ],
  },
  {
    code: '3500',
    name: '福州海关',
    provinces: ['350000'],
    subordinates: [
      { code: '3501', name: '马尾海关' },
      { code: '3502', name: '泉州海关' },
    ],
  },
  {
    code: '3700',
    name: '厦门海关',
    provinces: ['350000'],
    subordinates: [
      { code: '3701', name: '厦门海关本部' },
      { code: '3702', name: '漳州海关' },
      { code: '3703', name: '龙岩海关' },
    ],
  },
  {
    code: '4000',
    name: '南昌海关',
    provinces: ['360000'],
    subordinates: [
      { code: '4001', name: '南昌海关本部' },
      { code: '4002', name: '九江海关' },
    ],
  },
  {
    code: '4200',
    name: '青岛海关',
    provinces: ['370000'],
    subordinates: [
      { code: '4201', name: '青岛大港海关' },
      { code: '4301', name: '济南海关' },
      { code: '4203', name: '烟台海关' },
      { code: '4205', name: '潍坊海关' },
    ],
  },
  {
    code: '4600',
    name: '郑州海关',
    provinces: ['410000'],
    subordinates: [
      { code: '4601', name: '郑州海关本部' },
      { code: '4602', name: '洛阳海关' },
    ],
  },
  {
    code: '4700',
    name: '武汉海关',
    provinces: ['420000'],
    subordinates: [
      { code: '4701', name: '武汉海关本部' },
      { code: '4702', name: '宜昌海关' },
    ],
  },
  {
    code: '4900',
    name: '长沙海关',
    provinces: ['430000'],
    subordinates: [
      { code: '4901', name: '长沙海关本部' },
      { code: '4902', name: '岳阳海关' },
    ],
  },
  {
    code: '5100',
    name: '广州海关',
    provinces: ['440000'],
    subordinates: [
      { code: '5101', name: '广州海关本部' },
      { code: '5103', name: '佛山海关' },
      { code: '5104', name: '肇庆海关' },
    ],
  },
  {
    code: '5200',
    name: '黄埔海关',
    provinces: ['440000'],
    subordinates: [
      { code: '5201', name: '黄埔老港海关' },
      { code: '5202', name: '东莞海关' },
    ],
  },
  {
    code: '5300',
    name: '深圳海关',
    provinces: ['440000'],
    subordinates: [
      { code: '5301', name: '皇岗海关' },
      { code: '5316', name: '大鹏海关' },
      { code: '5349', name: '前海海关' },
    ],
  },
  {
    code: '5700',
    name: '拱北海关',
    provinces: ['440000'],
    subordinates: [
      { code: '5701', name: '拱北海关本部' },
      { code: '5702', name: '中山海关' },
    ],
  },
  {
    code: '6000',
    name: '汕头海关',
    provinces: ['440000'],
    subordinates: [
      { code: '6001', name: '汕头海关本部' },
      { code: '6002', name: '潮州海关' },
    ],
  },
  {
    code: '6400',
    name: '海口海关',
    provinces: ['460000'],
    subordinates: [
      { code: '6401', name: '海口港海关' },
      { code: '6402', name: '三亚海关' },
    ],
  },
  {
    code: '6700',
    name: '湛江海关',
    provinces: ['440000'],
    subordinates: [
      { code: '6701', name: '湛江海关本部' },
      { code: '6702', name: '茂名海关' },
    ],
  },
  {
    code: '6800',
    name: '江门海关',
    provinces: ['440000'],
    subordinates: [
      { code: '6801', name: '江门海关本部' },
      { code: '6802', name: '阳江海关' },
    ],
  },
  {
    code: '7200',
    name: '南宁海关',
    provinces: ['450000'],
    subordinates: [
      { code: '7201', name: '南宁海关本部' },
      { code: '7202', name: '钦州海关' },
      { code: '7203', name: '凭祥海关' },
    ],
  },
  {
    code: '7900',
    name: '成都海关',
    provinces: ['510000'],
    subordinates: [
      { code: '7901', name: '成都双流海关' },
      { code: '7902', name: '绵阳海关' },
    ],
  },
  {
    code: '8000',
    name: '重庆海关',
    provinces: ['500000'],
    subordinates: [
      { code: '8001', name: '重庆海关本部' },
      { code: '8012', name: '两路寸滩海关' },
    ],
  },
  {
    code: '8300',
    name: '贵阳海关',
    provinces: ['520000'],
    subordinates: [{ code: '8301', name: '贵阳海关本部' }],
  },
  {
    code: '8600',
    name: '昆明海关',
    provinces: ['530000'],
    subordinates: [
      { code: '8601', name: '昆明海关本部' },
      { code: '8602', name: '瑞丽海关' },
      { code: '8603', name: '河口海关' },
    ],
  },
  {
    code: '8800',
    name: '拉萨海关',
    provinces: ['540000'],
    subordinates: [{ code: '8801', name: '拉萨海关本部' }],
  },
  {
    code: '9000',
    name: '西安海关',
    provinces: ['610000'],
    subordinates: [
      { code: '9001', name: '西安咸阳机场海关' },
      { code: '9003', name: '西安关中海关' },
    ],
  },
  {
    code: '9400',
    name: '乌鲁木齐海关',
    provinces: ['650000'],
    subordinates: [
      { code: '9401', name: '乌鲁木齐海关本部' },
      { code: '9402', name: '霍尔果斯海关' },
      { code: '9403', name: '阿拉山口海关' },
    ],
  },
  {
    code: '9500',
    name: '兰州海关',
    provinces: ['620000'],
    subordinates: [{ code: '9501', name: '兰州海关本部' }],
  },
  {
    code: '9600',
    name: '银川海关',
    provinces: ['640000'],
    subordinates: [{ code: '9601', name: '银川海关本部' }],
  },
  {
    code: '9700',
    name: '西宁海关',
    provinces: ['630000'],
    subordinates: [{ code: '9701', name: '西宁海关本部' }],
  },
];

/** Every office (直属 and 隶属) where an enterprise registered in `provinceCode` may file. */
export function customsOfficesForProvince(provinceCode: string): CustomsOffice[] {
  return customsDistricts
    .filter((d) => d.provinces.includes(provinceCode))
    .flatMap((d) => [{ code: d.code, name: d.name }, ...d.subordinates]);
}

export function customsOfficeName(code: string): string | undefined {
  for (const d of customsDistricts) {
    if (d.code === code) return d.name;
    const sub = d.subordinates.find((s) => s.code === code);
    if (sub) return `${d.name}·${sub.name}`;
  }
  return undefined;
}
