// The standard scenario's verification records (核查记录单) of 宁波海曙精工: one awaiting the
// enterprise about its approved spindle, one completed last month about the changed cylinder.
import { beijingDate } from '@/values/beijingDate';
import type { FileRef } from '@/values/files';
import type { VerificationRecord } from '@/contract/verification';
import type { FileRecord } from '../store/records';
import { SEED_OFFICER } from './demoAccounts';

const DAY = 86_400_000;

export function seedVerifications(now: Date, files: readonly FileRecord[]): VerificationRecord[] {
  const ref = (id: string): FileRef => {
    const file = files.find((f) => f.id === id);
    if (!file) throw new Error(`seed file ${id} missing`);
    return { id: file.id, name: file.name, size: file.size, type: file.type };
  };
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
  const inDays = (days: number) => beijingDate(new Date(now.getTime() + days * DAY));
  return [
    {
      id: 'vr-jinggong-spindle',
      enterpriseId: 'ent-jinggong',
      version: 1,
      number: `HC${beijingDate(at(2)).replaceAll('-', '')}0001`,
      subject: {
        kind: 'preReview',
        preReviewId: 'pr-jinggong-spindle',
        productName: '数控机床主轴',
        hsCode: '84669310',
      },
      requirement: '请说明合金钢棒的采购来源和主轴的主要加工工序，并提供相应的采购凭证。',
      requiredDocuments: ['processFlow', 'purchaseList'],
      deadline: inDays(12),
      customsOffice: '宁波海关',
      issuedAt: at(2),
      issuedBy: 'haiguan',
      state: '待核查',
      responses: [],
      updatedAt: at(2),
    },
    {
      id: 'vr-jinggong-cylinder',
      enterpriseId: 'ent-jinggong',
      version: 3,
      number: `HC${beijingDate(at(40)).replaceAll('-', '')}0003`,
      subject: {
        kind: 'preReview',
        preReviewId: 'pr-jinggong-cylinder',
        productName: '液压油缸',
        hsCode: '84122100',
      },
      requirement: '产品预审变更将密封件改为国产，请提供生产工艺流程说明和密封件的采购发票。',
      requiredDocuments: ['processFlow', 'purchaseInvoices'],
      deadline: beijingDate(at(26)),
      customsOffice: '宁波海关',
      issuedAt: at(40),
      issuedBy: 'haiguan',
      state: '核查完成',
      responses: [
        {
          n: 1,
          reply: '密封件自 2026 年起由江苏供应商供货，附生产工艺流程说明和采购发票。',
          attachments: [
            {
              document: 'processFlow',
              file: ref('5eed0000-0000-4000-8000-000000000031'),
            },
            {
              document: 'purchaseInvoices',
              file: ref('5eed0000-0000-4000-8000-000000000032'),
            },
          ],
          submittedAt: at(35),
          submittedBy: 'jinggong',
          outcome: { kind: 'completed', opinion: '资料齐全，核查完成', at: at(33), by: SEED_OFFICER },
        },
      ],
      updatedAt: at(33),
    },
  ];
}
