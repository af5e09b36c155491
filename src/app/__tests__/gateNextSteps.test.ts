// Each reason the gate gives leads somewhere the user can act on it.
import { describe, expect, it } from 'vitest';
import { checkCapability } from '@/domain/capabilities';
import { gateNextSteps } from '../gateNextSteps';

const approved = { filingApproved: true, changeDeclared: false, enterpriseType: '生产型企业' };

describe('the next step of each block of the gate', () => {
  it.each([
    [
      'FR2: filing not approved',
      { ...approved, filingApproved: false },
      'filingChange',
      '/filing',
      '办理企业备案',
    ],
    [
      'FR3: a change under review',
      { ...approved, changeDeclared: true },
      'preReview',
      '/filing/change',
      '查看备案变更申请',
    ],
    [
      'FR4: not a producer',
      { ...approved, enterpriseType: '贸易型企业' },
      'preReview',
      '/filing',
      '查看企业备案',
    ],
  ] as const)('%s', (_name, standing, capability, path, label) => {
    const permission = checkCapability(standing, capability);
    if (permission.ok) throw new Error('expected a block');
    expect(gateNextSteps[permission.block]).toEqual({ path, label });
  });

  it('F2: outside an agency’s scope, back home', () => {
    const permission = checkCapability(approved, 'personnel', { kind: 'agency', scope: ['preReview'] });
    if (permission.ok) throw new Error('expected a block');
    expect(gateNextSteps[permission.block]).toEqual({ path: '/', label: '返回首页' });
  });
});
