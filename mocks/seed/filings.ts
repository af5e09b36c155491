// Seeded filings, with history reaching back before the platform went live (2021-05-10), since
// the platform lets enterprises query their historical data.
import type { FilingApplication, FilingData, FilingRecord } from '@/contract/filing';
import { seededAttachments } from './demoFiles';
import { SEED_OFFICER } from './demoAccounts';

const jinggongData: FilingData = {
  nameCn: '宁波海曙精工机械有限公司',
  nameEn: 'Ningbo Haishu Precision Machinery Co., Ltd.',
  uscc: '91330203MA2GQ8XL2M',
  customsCode: '3302960187',
  nature: '私营企业',
  enterpriseType: '生产型企业',
  legalRepresentative: '陈国华',
  registeredProvince: '330000',
  address: '浙江省宁波市海曙区望春工业园区云林中路 168 号',
  contactName: '陈晓峰',
  contactPhone: '0574-87651234',
  customsOfficeCode: '3107',
  attachments: seededAttachments('ent-jinggong'),
};

const huamaoData: FilingData = {
  nameCn: '上海浦东华贸进出口有限公司',
  nameEn: 'Shanghai Pudong Huamao Import & Export Co., Ltd.',
  uscc: '91310115MA1K4B7N00',
  customsCode: '3122250436',
  nature: '私营企业',
  enterpriseType: '贸易型企业',
  legalRepresentative: '李建明',
  registeredProvince: '310000',
  address: '上海市浦东新区张杨路 500 号华润时代广场 18 楼',
  contactName: '李文静',
  contactPhone: '021-58761234',
  customsOfficeCode: '2233',
  attachments: seededAttachments('ent-huamao'),
};

export const xinqiDraftData: FilingData = {
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
  attachments: seededAttachments('ent-xinqi'),
};

const huafengData: FilingData = {
  nameCn: '温州瓯海华丰鞋业有限公司',
  nameEn: 'Wenzhou Ouhai Huafeng Footwear Co., Ltd.',
  uscc: '91330304MA2L7R5D3E',
  customsCode: '3303960455',
  nature: '私营企业',
  enterpriseType: '生产型企业',
  legalRepresentative: '吴建华',
  registeredProvince: '330000',
  address: '浙江省温州市瓯海区娄桥工业园区古岸头路 28 号',
  contactName: '吴海燕',
  contactPhone: '13857712345',
  customsOfficeCode: '2903',
  attachments: seededAttachments('ent-huafeng'),
};

function application(
  id: string,
  kind: FilingApplication['kind'],
  status: FilingApplication['status'],
  data: FilingData,
  dates: { declared: string; decided: string | null },
  opinion: string | null,
): FilingApplication {
  return {
    id,
    kind,
    status,
    data,
    savedAt: dates.declared,
    declaredAt: dates.declared,
    decidedAt: dates.decided,
    decidedBy: dates.decided ? SEED_OFFICER : null,
    opinion,
  };
}

/** `now` anchors recent dates, so that a pending application is days old, not years. */
export function seedFilings(now: Date): FilingRecord[] {
  const twoDaysAgo = new Date(now.getTime() - 2 * 86_400_000).toISOString();
  return [
    {
      id: 'filing-ent-huafeng',
      enterpriseId: 'ent-huafeng',
      version: 1,
      updatedAt: twoDaysAgo,
      filingNo: null,
      approvedAt: null,
      approved: null,
      current: application(
        'fa-huafeng-1',
        'filing',
        '申报',
        huafengData,
        { declared: twoDaysAgo, decided: null },
        null,
      ),
      history: [],
    },
    {
      id: 'filing-ent-jinggong',
      enterpriseId: 'ent-jinggong',
      version: 3,
      updatedAt: '2021-06-18T09:30:00+08:00',
      filingNo: '3107A19000187',
      approvedAt: '2019-03-12T10:05:00+08:00',
      approved: jinggongData,
      current: application(
        'fa-jinggong-3',
        'change',
        '审核通过',
        jinggongData,
        { declared: '2021-06-15T14:20:00+08:00', decided: '2021-06-18T09:30:00+08:00' },
        '备案变更审核通过，备案号是3107A19000187',
      ),
      history: [
        application(
          'fa-jinggong-2',
          'change',
          '审核不通过',
          { ...jinggongData, address: '宁波市海曙区云林中路' },
          { declared: '2020-11-02T10:00:00+08:00', decided: '2020-11-04T16:45:00+08:00' },
          '住所/地址与营业执照不一致，请按营业执照填写完整地址',
        ),
        application(
          'fa-jinggong-1',
          'filing',
          '审核通过',
          { ...jinggongData, contactName: '陈国华', contactPhone: '0574-87650000' },
          { declared: '2019-03-08T09:12:00+08:00', decided: '2019-03-12T10:05:00+08:00' },
          '备案审核通过，备案号是3107A19000187',
        ),
      ],
    },
    {
      id: 'filing-ent-huamao',
      enterpriseId: 'ent-huamao',
      version: 1,
      updatedAt: '2020-08-21T15:10:00+08:00',
      filingNo: '2233A20000436',
      approvedAt: '2020-08-21T15:10:00+08:00',
      approved: huamaoData,
      current: application(
        'fa-huamao-1',
        'filing',
        '审核通过',
        huamaoData,
        { declared: '2020-08-19T11:00:00+08:00', decided: '2020-08-21T15:10:00+08:00' },
        '备案审核通过，备案号是2233A20000436',
      ),
      history: [],
    },
  ];
}
