// Seeded proxy-entry authorisations: the production enterprise authorised the customs broker.
import type { AgencyRecord } from '@/contract/agency';
import { seededFileRef } from './demoFiles';

export function seedAgencies(): AgencyRecord[] {
  return [
    {
      id: 'agency-jinggong-tongguan',
      enterpriseId: 'ent-jinggong',
      version: 1,
      status: '有效',
      revokedAt: null,
      data: {
        nameCn: '深圳前海通关代理有限公司',
        uscc: '91440300MA5FP3QY8Y',
        customsCode: '4403980368',
        contactName: '黄嘉怡',
        contactPhone: '0755-86001234',
        scope: ['filingChange', 'personnel', 'preReview', 'verification', 'acceptance'],
        validFrom: '2024-01-01',
        validTo: '2027-12-31',
        powerOfAttorney: seededFileRef('5eed0000-0000-4000-8000-000000000021'),
      },
      history: [{ at: '2024-01-02T09:00:00+08:00', by: '陈晓峰', action: '新增', changes: [] }],
    },
  ];
}
