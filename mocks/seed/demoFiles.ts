// Documents of the seeded filings: small but well-formed PDFs, stored like uploaded files.
import type { FileRef } from '@/values/files';
import { onePagePdf } from '@/domain/onePagePdf';
import type { FileRecord } from '../store/records';

interface SeedDocument {
  id: string;
  enterpriseId: string;
  purpose?: string;
  name: string;
  title: string;
}

const documents: SeedDocument[] = [
  {
    id: '5eed0000-0000-4000-8000-000000000001',
    enterpriseId: 'ent-jinggong',
    name: '营业执照（宁波海曙精工）.pdf',
    title: 'Business licence - Ningbo Haishu Precision Machinery',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000002',
    enterpriseId: 'ent-jinggong',
    name: '对外贸易经营者备案登记表（宁波海曙精工）.pdf',
    title: 'Foreign trade operator registration - Ningbo Haishu',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000003',
    enterpriseId: 'ent-huamao',
    name: '营业执照（上海浦东华贸）.pdf',
    title: 'Business licence - Shanghai Pudong Huamao',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000004',
    enterpriseId: 'ent-huamao',
    name: '对外贸易经营者备案登记表（上海浦东华贸）.pdf',
    title: 'Foreign trade operator registration - Huamao',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000005',
    enterpriseId: 'ent-huafeng',
    name: '营业执照（温州瓯海华丰）.pdf',
    title: 'Business licence - Wenzhou Ouhai Huafeng Footwear',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000006',
    enterpriseId: 'ent-huafeng',
    name: '对外贸易经营者备案登记表（温州瓯海华丰）.pdf',
    title: 'Foreign trade operator registration - Huafeng',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000007',
    enterpriseId: 'ent-xinqi',
    name: '营业执照（苏州新启电子）.pdf',
    title: 'Business licence - Suzhou Xinqi Electronic Technology',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000008',
    enterpriseId: 'ent-xinqi',
    name: '对外贸易经营者备案登记表（苏州新启电子）.pdf',
    title: 'Foreign trade operator registration - Xinqi',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000011',
    enterpriseId: 'ent-jinggong',
    purpose: 'personnel',
    name: '授权委托书（陈晓峰）.pdf',
    title: 'Power of attorney - Chen Xiaofeng',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000012',
    enterpriseId: 'ent-jinggong',
    purpose: 'personnel',
    name: '身份证（陈晓峰）.pdf',
    title: 'Identity card copy - Chen Xiaofeng',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000013',
    enterpriseId: 'ent-jinggong',
    purpose: 'personnel',
    name: '授权委托书（王丽）.pdf',
    title: 'Power of attorney - Wang Li',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000014',
    enterpriseId: 'ent-jinggong',
    purpose: 'personnel',
    name: '身份证（王丽）.pdf',
    title: 'Identity card copy - Wang Li',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000021',
    enterpriseId: 'ent-jinggong',
    purpose: 'agency',
    name: '代录入授权委托书（深圳前海通关）.pdf',
    title: 'Power of attorney - Shenzhen Qianhai Customs Brokerage',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000031',
    enterpriseId: 'ent-jinggong',
    purpose: 'verification',
    name: '液压油缸生产工艺流程说明.pdf',
    title: 'Process flow - hydraulic cylinder HC-63A',
  },
  {
    id: '5eed0000-0000-4000-8000-000000000032',
    enterpriseId: 'ent-jinggong',
    purpose: 'verification',
    name: '密封件采购发票（江苏）.pdf',
    title: 'Purchase invoice - seals, Jiangsu supplier',
  },
];

function toRecord(doc: SeedDocument): FileRecord {
  const bytes = onePagePdf([doc.title, 'DEMO DOCUMENT - Origin Portal (simulated)']);
  return {
    id: doc.id,
    enterpriseId: doc.enterpriseId,
    version: 1,
    purpose: doc.purpose ?? 'filing',
    name: doc.name,
    type: 'application/pdf',
    size: bytes.length,
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    uploadedAt: '2019-03-08T09:00:00+08:00',
    uploadedBy: 'seed',
  };
}

export function seedFiles(): FileRecord[] {
  return documents.map(toRecord);
}

/** A seeded document as records refer to it. */
export function seededFileRef(id: string): FileRef {
  const found = seedFiles().find((f) => f.id === id);
  if (!found) throw new Error(`no seeded document ${id}`);
  return { id: found.id, name: found.name, size: found.size, type: found.type };
}

/** The filing documents of a seeded enterprise, as the filing data refers to them. */
export function seededAttachments(enterpriseId: string): {
  businessLicense: FileRef;
  tradeRegistration: FileRef;
} {
  const [license, registration] = seedFiles()
    .filter((f) => f.enterpriseId === enterpriseId && f.purpose === 'filing')
    .map(({ id, name, size, type }) => ({ id, name, size, type }));
  if (!license || !registration) throw new Error(`no seeded documents for ${enterpriseId}`);
  return { businessLicense: license, tradeRegistration: registration };
}
